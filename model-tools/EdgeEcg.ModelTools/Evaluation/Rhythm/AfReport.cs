using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Evaluation.Rhythm;

/// <summary>Atrial fibrillation detection over a set of records: gross episode and duration sensitivity and positive predictivity.</summary>
/// <param name="Split">What was evaluated (split name or record list).</param>
/// <param name="ModelPath">The classifier whose ventricular calls the detector leaves out.</param>
/// <param name="Records">Per-record results after EC57's learning period (the headline figures).</param>
/// <param name="WholeRecords">Per-record results over the whole records (reported too), or null.</param>
public sealed record AfReport(string Split, string ModelPath, IReadOnlyList<AfRecordResult> Records, IReadOnlyList<AfRecordResult>? WholeRecords = null)
{
    /// <summary>The same figures over the whole records, or null.</summary>
    public AfReport? WholeRecord => WholeRecords is null ? null : new AfReport(Split, ModelPath, WholeRecords);

    /// <summary>Reference episodes overlapped by a detected one, in percent (NaN without reference episodes).</summary>
    public double EpisodeSe => Percent(Records.Sum(r => r.ReferenceEpisodesFound), Records.Sum(r => r.ReferenceEpisodes));

    /// <summary>Detected episodes that overlap a reference one, in percent (NaN without detections).</summary>
    public double EpisodePpv => Percent(Records.Sum(r => r.DetectedEpisodesTrue), Records.Sum(r => r.DetectedEpisodes));

    /// <summary>Share of the reference fibrillation time detected, in percent.</summary>
    public double DurationSe => Percent(Records.Sum(r => r.OverlapSeconds), Records.Sum(r => r.ReferenceSeconds));

    /// <summary>Share of the detected fibrillation time that is reference fibrillation, in percent.</summary>
    public double DurationPpv => Percent(Records.Sum(r => r.OverlapSeconds), Records.Sum(r => r.DetectedSeconds));

    private static double Percent(double part, double whole) => whole > 0 ? 100.0 * part / whole : double.NaN;

    private static string P(double v) => double.IsNaN(v) ? "–" : v.ToString("F2", CultureInfo.InvariantCulture);

    private static JsonNode? Num(double v) => double.IsNaN(v) ? null : JsonValue.Create(Math.Round(v, 4));

    /// <summary>One console line.</summary>
    public string ToSummary() => string.Create(CultureInfo.InvariantCulture,
        $"{Split}: AF episodes Se {P(EpisodeSe)} +P {P(EpisodePpv)} | duration Se {P(DurationSe)} +P {P(DurationPpv)} | " +
        $"{Records.Sum(r => r.ReferenceEpisodes)} reference episodes ({Records.Sum(r => r.ReferenceSeconds):F0} s), {Records.Sum(r => r.DetectedEpisodes)} detected ({Records.Sum(r => r.DetectedSeconds):F0} s)");

    /// <summary>The JSON report (keys: split, detector, episodeSe, episodePpv, durationSe, durationPpv, perRecord).</summary>
    public string ToJson()
    {
        var perRecord = new JsonArray();
        foreach (AfRecordResult r in Records)
        {
            perRecord.Add(new JsonObject
            {
                ["record"] = r.Record,
                ["referenceEpisodes"] = r.ReferenceEpisodes,
                ["detectedEpisodes"] = r.DetectedEpisodes,
                ["referenceEpisodesFound"] = r.ReferenceEpisodesFound,
                ["detectedEpisodesTrue"] = r.DetectedEpisodesTrue,
                ["referenceSeconds"] = Math.Round(r.ReferenceSeconds, 2),
                ["detectedSeconds"] = Math.Round(r.DetectedSeconds, 2),
                ["overlapSeconds"] = Math.Round(r.OverlapSeconds, 2),
            });
        }
        var root = new JsonObject
        {
            ["split"] = Split,
            ["model"] = ModelPath,
            ["detector"] = SvebAfGate.Name,
            ["reference"] = $"{AfEpisodes.ReferenceRhythm} rhythm episodes",
            ["scoring"] = $"EC57: the first {BeatEvaluation.LearningPeriodSeconds:F0} s of each record not scored",
            ["episodeSe"] = Num(EpisodeSe),
            ["episodePpv"] = Num(EpisodePpv),
            ["durationSe"] = Num(DurationSe),
            ["durationPpv"] = Num(DurationPpv),
            ["perRecord"] = perRecord,
        };
        if (WholeRecord is AfReport whole)
        {
            root["wholeRecord"] = new JsonObject
            {
                ["episodeSe"] = Num(whole.EpisodeSe),
                ["episodePpv"] = Num(whole.EpisodePpv),
                ["durationSe"] = Num(whole.DurationSe),
                ["durationPpv"] = Num(whole.DurationPpv),
            };
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The Markdown report.</summary>
    public string ToMarkdown()
    {
        var ci = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(ci, $"# Atrial fibrillation detection: {Split}\n\n");
        s.Append(ci, $"RR detector `{SvebAfGate.Name}` on the beats the device chain finds, intervals next to the classifier's V and F calls left out ");
        s.Append(ci, $"(classifier `{System.IO.Path.GetFileName(ModelPath)}` with its rules); episodes are runs of flagged beats. Reference: `{AfEpisodes.ReferenceRhythm}` episodes (atrial flutter is another rhythm). EC57: the first {BeatEvaluation.LearningPeriodSeconds:F0} s of each record are not scored.\n\n");
        s.Append("| | episode Se | episode +P | duration Se | duration +P |\n|---|---|---|---|---|\n");
        s.Append(ci, $"| gross (EC57) | {P(EpisodeSe)} | {P(EpisodePpv)} | {P(DurationSe)} | {P(DurationPpv)} |\n");
        if (WholeRecord is AfReport whole)
            s.Append(ci, $"| gross (whole records) | {P(whole.EpisodeSe)} | {P(whole.EpisodePpv)} | {P(whole.DurationSe)} | {P(whole.DurationPpv)} |\n");
        s.Append("\n## Per record (EC57)\n\n| record | reference episodes | found | detected episodes | true | reference s | detected s | overlap s |\n|---|---|---|---|---|---|---|---|\n");
        foreach (AfRecordResult r in Records)
            s.Append(ci, $"| {r.Record} | {r.ReferenceEpisodes} | {r.ReferenceEpisodesFound} | {r.DetectedEpisodes} | {r.DetectedEpisodesTrue} | {r.ReferenceSeconds:F0} | {r.DetectedSeconds:F0} | {r.OverlapSeconds:F0} |\n");
        return s.ToString();
    }
}
