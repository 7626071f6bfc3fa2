using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>Writes a <see cref="QrsSummary"/> as JSON (machine-readable), Markdown and a plain-text table.</summary>
public static class QrsReportWriter
{
    /// <summary>Writes the JSON report: <c>gross.se</c>, <c>gross.ppv</c>, <c>average.se</c>, <c>average.ppv</c> (percent),
    /// the same under <c>allBeats</c>, and <c>records[]</c> with <c>record</c>, <c>tp</c>, <c>fp</c>, <c>fn</c>, <c>se</c>, <c>ppv</c>, <c>unreadableSeconds</c>.</summary>
    /// <param name="summary">The results.</param>
    /// <param name="path">The output file.</param>
    public static void WriteJson(QrsSummary summary, string path)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using FileStream stream = File.Create(path);
        using Utf8JsonWriter w = new(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("database", summary.Settings.Database);
        w.WriteString("test", summary.Settings.AnnotationDirectory is null ? "EcgChain (Hamilton2002Detector)" : "annotator " + summary.Settings.Annotator);
        w.WriteNumber("matchWindowMs", summary.Settings.MatchWindowMs);
        w.WriteNumber("startMinutes", summary.Settings.StartMinutes);
        w.WriteNumber("signal", summary.Settings.Signal);
        w.WriteNumber("unreadableSeconds", Math.Round(summary.UnreadableSeconds, 1));
        WriteStats(w, "gross", summary.Gross);
        WriteStats(w, "average", summary.Average);
        w.WriteStartObject("allBeats");
        WriteStats(w, "gross", summary.AllBeatsGross);
        WriteStats(w, "average", summary.AllBeatsAverage);
        w.WriteEndObject();
        w.WriteStartArray("records");
        foreach (QrsRecordResult r in summary.Records)
        {
            w.WriteStartObject();
            w.WriteString("record", r.Record);
            w.WriteNumber("tp", r.Scored.TruePositives);
            w.WriteNumber("fp", r.Scored.FalsePositives);
            w.WriteNumber("fn", r.Scored.FalseNegatives);
            WriteNumber(w, "se", r.Scored.Sensitivity);
            WriteNumber(w, "ppv", r.Scored.PositivePredictivity);
            w.WriteNumber("unreadableSeconds", Math.Round(r.UnreadableSeconds, 1));
            w.WriteNumber("missedInShutdown", r.Scored.MissedInShutdown);
            w.WriteStartObject("allBeats");
            w.WriteNumber("tp", r.AllBeats.TruePositives);
            w.WriteNumber("fp", r.AllBeats.FalsePositives);
            w.WriteNumber("fn", r.AllBeats.FalseNegatives);
            WriteNumber(w, "se", r.AllBeats.Sensitivity);
            WriteNumber(w, "ppv", r.AllBeats.PositivePredictivity);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Renders the Markdown report (per-record table, gross and average rows for both variants).</summary>
    /// <param name="summary">The results.</param>
    public static string ToMarkdown(QrsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        StringBuilder sb = new();
        QrsEvaluationSettings s = summary.Settings;
        sb.AppendLine(Invariant($"# QRS detection, {s.Database}: EC57 beat-by-beat (bxb rules)"));
        sb.AppendLine();
        sb.AppendLine(Invariant($"Match window {s.MatchWindowMs} ms; test period from {s.StartMinutes} min (the 'all beats' columns score from 0); signal {s.Signal}; unreadable time {summary.UnreadableSeconds:F0} s."));
        sb.AppendLine();
        sb.AppendLine("| record | TP | FN | FP | Se % | +P % | all TP | all FN | all FP | all Se % | all +P % | unreadable s |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (QrsRecordResult r in summary.Records)
        {
            sb.AppendLine(Invariant($"| {r.Record} | {r.Scored.TruePositives} | {r.Scored.FalseNegatives} | {r.Scored.FalsePositives} | {P(r.Scored.Sensitivity)} | {P(r.Scored.PositivePredictivity)} | {r.AllBeats.TruePositives} | {r.AllBeats.FalseNegatives} | {r.AllBeats.FalsePositives} | {P(r.AllBeats.Sensitivity)} | {P(r.AllBeats.PositivePredictivity)} | {r.UnreadableSeconds:F0} |"));
        }

        sb.AppendLine();
        sb.AppendLine("| statistic | Se % | +P % | TP | FN | FP |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        AppendRow(sb, $"gross (from {s.StartMinutes} min)", summary.Gross);
        AppendRow(sb, $"average (from {s.StartMinutes} min)", summary.Average);
        AppendRow(sb, "gross (all beats)", summary.AllBeatsGross);
        AppendRow(sb, "average (all beats)", summary.AllBeatsAverage);
        return sb.ToString();
    }

    /// <summary>Renders the plain-text table printed by the command.</summary>
    /// <param name="summary">The results.</param>
    public static string ToTable(QrsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        StringBuilder sb = new();
        sb.AppendLine(Invariant($"{"record",-8}{"TP",7}{"FN",6}{"FP",6}{"Se%",9}{"+P%",9} |{"allTP",7}{"FN",6}{"FP",6}{"Se%",9}{"+P%",9} |{"unread s",9}"));
        foreach (QrsRecordResult r in summary.Records)
        {
            sb.AppendLine(Invariant($"{r.Record,-8}{r.Scored.TruePositives,7}{r.Scored.FalseNegatives,6}{r.Scored.FalsePositives,6}{P(r.Scored.Sensitivity),9}{P(r.Scored.PositivePredictivity),9} |{r.AllBeats.TruePositives,7}{r.AllBeats.FalseNegatives,6}{r.AllBeats.FalsePositives,6}{P(r.AllBeats.Sensitivity),9}{P(r.AllBeats.PositivePredictivity),9} |{r.UnreadableSeconds,9:F0}"));
        }

        QrsEvaluationSettings s = summary.Settings;
        sb.AppendLine(Invariant($"{"gross",-8}{summary.Gross.Tp,7}{summary.Gross.Fn,6}{summary.Gross.Fp,6}{P(summary.Gross.Se),9}{P(summary.Gross.Ppv),9} |{summary.AllBeatsGross.Tp,7}{summary.AllBeatsGross.Fn,6}{summary.AllBeatsGross.Fp,6}{P(summary.AllBeatsGross.Se),9}{P(summary.AllBeatsGross.Ppv),9} |{summary.UnreadableSeconds,9:F0}"));
        sb.AppendLine(Invariant($"{"average",-8}{"",7}{"",6}{"",6}{P(summary.Average.Se),9}{P(summary.Average.Ppv),9} |{"",7}{"",6}{"",6}{P(summary.AllBeatsAverage.Se),9}{P(summary.AllBeatsAverage.Ppv),9} |"));
        sb.AppendLine(Invariant($"EC57 ({s.Database}, {summary.Records.Count} records, window {s.MatchWindowMs} ms, from {s.StartMinutes} min): gross Se {P(summary.Gross.Se)} % +P {P(summary.Gross.Ppv)} %, average Se {P(summary.Average.Se)} % +P {P(summary.Average.Ppv)} %"));
        sb.AppendLine(Invariant($"All beats (from 0): gross Se {P(summary.AllBeatsGross.Se)} % +P {P(summary.AllBeatsGross.Ppv)} %, average Se {P(summary.AllBeatsAverage.Se)} % +P {P(summary.AllBeatsAverage.Ppv)} %"));
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string name, QrsStatistics st) =>
        sb.AppendLine(Invariant($"| {name} | {P(st.Se)} | {P(st.Ppv)} | {st.Tp} | {st.Fn} | {st.Fp} |"));

    private static void WriteStats(Utf8JsonWriter w, string name, QrsStatistics st)
    {
        w.WriteStartObject(name);
        WriteNumber(w, "se", st.Se);
        WriteNumber(w, "ppv", st.Ppv);
        w.WriteNumber("tp", st.Tp);
        w.WriteNumber("fn", st.Fn);
        w.WriteNumber("fp", st.Fp);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsNaN(value))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, Math.Round(value, 3));
        }
    }

    private static string P(double percent) => double.IsNaN(percent) ? "-" : percent.ToString("F2", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
