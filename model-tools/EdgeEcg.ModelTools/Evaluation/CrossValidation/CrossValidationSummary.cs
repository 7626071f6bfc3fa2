using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>
/// The EC57 gross figures of repeated cross-validation runs (one <see cref="BeatReport"/> per seed, each pooling every
/// held-out patient) with their mean, minimum and maximum over the seeds: the spread says how far apart two
/// configurations must be before the difference means anything.
/// </summary>
public sealed class CrossValidationSummary
{
    /// <summary>The figures, in column order: VEB Se, VEB +P, SVEB Se, SVEB +P, macro-F1 (N,S,V), kappa × 100.</summary>
    public static readonly string[] Columns = { "VEB Se", "VEB +P", "SVEB Se", "SVEB +P", "macro-F1", "kappa×100" };

    private CrossValidationSummary(IReadOnlyList<string> runs, double[][] values, double[]? ensemble)
    {
        Runs = runs;
        Values = values;
        Ensemble = ensemble;
    }

    /// <summary>Run names (report splits), one per seed.</summary>
    public IReadOnlyList<string> Runs { get; }

    /// <summary>[run][column] figures in percent (see <see cref="Columns"/>).</summary>
    public double[][] Values { get; }

    /// <summary>The <see cref="Columns"/> of the seed ensemble (<see cref="SeedEnsemble"/>), or null when it was not scored; not part of mean, min and max.</summary>
    public double[]? Ensemble { get; }

    /// <summary>Summarises per-seed reports.</summary>
    /// <param name="reports">At least one report.</param>
    /// <param name="ensemble">The seed ensemble's report (<see cref="SeedEnsemble"/>), or null.</param>
    public static CrossValidationSummary From(IReadOnlyList<BeatReport> reports, BeatReport? ensemble = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
            throw new ArgumentException("no cross-validation report to summarise", nameof(reports));
        double[][] v = reports.Select(Row).ToArray();
        return new CrossValidationSummary(reports.Select(r => r.Split).ToArray(), v, ensemble is null ? null : Row(ensemble));
    }

    private static double[] Row(BeatReport r) => new[]
    {
        r.Ec57.Se(AamiClass.V), r.Ec57.Ppv(AamiClass.V), r.Ec57.Se(AamiClass.S), r.Ec57.Ppv(AamiClass.S),
        r.Ec57.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V), 100 * r.Ec57.Paired.Kappa(),
    };

    /// <summary>Mean over runs of one column (NaN runs skipped).</summary>
    /// <param name="column">Column index.</param>
    public double Mean(int column) => Over(column, a => a.Average());

    /// <summary>Minimum over runs of one column (NaN runs skipped).</summary>
    /// <param name="column">Column index.</param>
    public double Min(int column) => Over(column, a => a.Min());

    /// <summary>Maximum over runs of one column (NaN runs skipped).</summary>
    /// <param name="column">Column index.</param>
    public double Max(int column) => Over(column, a => a.Max());

    /// <summary>One line: the mean of each column and its range.</summary>
    public string ToSummaryLine() => "cv mean over " + Runs.Count + " seed(s): " + string.Join(" | ",
        Columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c} {Mean(i):F2} [{Min(i):F2}, {Max(i):F2}]"))) +
        (Ensemble is null ? "" : "\nensemble of the seeds: " + string.Join(" | ",
            Columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c} {Ensemble[i]:F2}"))));

    /// <summary>Markdown table: a row per seed, then mean, min and max.</summary>
    /// <param name="commandLine">The command's arguments, recorded in the table's caption.</param>
    public string ToMarkdown(string commandLine)
    {
        var sb = new StringBuilder();
        sb.Append("# Cross-validation (EC57 gross, held-out patients pooled, device-chain beats)\n\n");
        sb.Append("`edgeecg-model cv ").Append(commandLine).Append("`\n\n");
        sb.Append("| run | ").Append(string.Join(" | ", Columns)).Append(" |\n|---|").Append(string.Concat(Columns.Select(_ => "---|"))).Append('\n');
        for (int r = 0; r < Runs.Count; r++)
            sb.Append("| ").Append(Runs[r]).Append(" | ").Append(string.Join(" | ", Values[r].Select(F))).Append(" |\n");
        foreach (var (name, f) in new (string, Func<int, double>)[] { ("mean", Mean), ("min", Min), ("max", Max) })
            sb.Append("| **").Append(name).Append("** | ").Append(string.Join(" | ", Columns.Select((_, i) => F(f(i))))).Append(" |\n");
        if (Ensemble is not null)
            sb.Append("| **ensemble of the ").Append(Runs.Count).Append(" seeds** | ").Append(string.Join(" | ", Ensemble.Select(F))).Append(" |\n");
        return sb.ToString();
    }

    /// <summary>JSON: the command line, the columns, each run's figures and the mean/min/max.</summary>
    /// <param name="commandLine">The command's arguments.</param>
    public string ToJson(string commandLine)
    {
        var runs = new JsonArray();
        for (int r = 0; r < Runs.Count; r++)
            runs.Add(new JsonObject { ["run"] = Runs[r], ["values"] = Numbers(Values[r]) });
        var o = new JsonObject
        {
            ["command"] = "edgeecg-model cv " + commandLine,
            ["columns"] = new JsonArray(Columns.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            ["runs"] = runs,
            ["mean"] = Numbers(Columns.Select((_, i) => Mean(i)).ToArray()),
            ["min"] = Numbers(Columns.Select((_, i) => Min(i)).ToArray()),
            ["max"] = Numbers(Columns.Select((_, i) => Max(i)).ToArray()),
        };
        if (Ensemble is not null)
            o["ensemble"] = Numbers(Ensemble);
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private double Over(int column, Func<double[], double> f)
    {
        double[] a = Values.Select(v => v[column]).Where(x => !double.IsNaN(x)).ToArray();
        return a.Length == 0 ? double.NaN : f(a);
    }

    private static JsonArray Numbers(double[] v) =>
        new(v.Select(x => double.IsNaN(x) ? null : (JsonNode)JsonValue.Create(Math.Round(x, 2))).ToArray());

    private static string F(double x) => double.IsNaN(x) ? "–" : x.ToString("F2", CultureInfo.InvariantCulture);
}
