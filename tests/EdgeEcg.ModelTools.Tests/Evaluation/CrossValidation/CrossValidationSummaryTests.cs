using System;
using System.Text.Json;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Evaluation.Matching;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

public class CrossValidationSummaryTests
{
    [Fact]
    public void MeanMinAndMax_AreOverTheSeeds()
    {
        // Seed a: 8 of 10 V found, 2 N called V -> VEB Se 80, +P 80. Seed b: 6 of 10 V found, no false V -> Se 60, +P 100.
        BeatReport a = Report("a", vFound: 8, nCalledV: 2);
        BeatReport b = Report("b", vFound: 6, nCalledV: 0);
        CrossValidationSummary s = CrossValidationSummary.From(new[] { a, b });
        Assert.Equal(70, s.Mean(0), 6);
        Assert.Equal(60, s.Min(0), 6);
        Assert.Equal(80, s.Max(0), 6);
        Assert.Equal(90, s.Mean(1), 6);
        Assert.True(double.IsNaN(s.Mean(2)), "no S beats: SVEB Se undefined");
        Assert.Equal(new[] { "a", "b" }, s.Runs);
    }

    [Fact]
    public void Markdown_AndJson_CarryEveryRunAndTheCommand()
    {
        CrossValidationSummary s = CrossValidationSummary.From(new[] { Report("seed 1", 8, 2), Report("seed 2", 6, 0) });
        string md = s.ToMarkdown("--seeds 1,2");
        Assert.Contains("| seed 1 | 80.00 | 80.00 |", md, StringComparison.Ordinal);
        Assert.Contains("| **mean** | 70.00 | 90.00 |", md, StringComparison.Ordinal);
        Assert.Contains("`edgeecg-model cv --seeds 1,2`", md, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(s.ToJson("--seeds 1,2"));
        Assert.Equal(2, json.RootElement.GetProperty("runs").GetArrayLength());
        Assert.Equal(70, json.RootElement.GetProperty("mean")[0].GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("mean")[2].ValueKind);
    }

    [Fact]
    public void Ensemble_IsItsOwnRow_AndStaysOutOfTheSeedStatistics()
    {
        // The ensemble finds 9 of 10 V with one false V: Se 90, +P 90, beyond both seeds, so a mean that took it in would move.
        CrossValidationSummary s = CrossValidationSummary.From(new[] { Report("seed 1", 8, 2), Report("seed 2", 6, 0) }, Report("ensemble", 9, 1));
        Assert.Equal(70, s.Mean(0), 6);
        Assert.Equal(80, s.Max(0), 6);
        Assert.Equal(90, s.Ensemble![0], 6);
        Assert.Contains("| **ensemble of the 2 seeds** | 90.00 | 90.00 |", s.ToMarkdown("--ensemble"), StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(s.ToJson("--ensemble"));
        Assert.Equal(90, json.RootElement.GetProperty("ensemble")[0].GetDouble(), 6);
        Assert.Contains("ensemble of the seeds: VEB Se 90.00", s.ToSummaryLine(), StringComparison.Ordinal);
        Assert.Null(CrossValidationSummary.From(new[] { Report("seed 1", 8, 2) }).Ensemble);
    }

    [Fact]
    public void NoReport_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => CrossValidationSummary.From(Array.Empty<BeatReport>()));
    }

    private static BeatReport Report(string name, int vFound, int nCalledV)
    {
        var c = new ClassCounts();
        for (int i = 0; i < 10; i++)
            c.Paired.Add(AamiClass.V, i < vFound ? AamiClass.V : AamiClass.N);
        for (int i = 0; i < 100; i++)
            c.Paired.Add(AamiClass.N, i < nCalledV ? AamiClass.V : AamiClass.N);
        var r = new RecordBeatResult("100", c, c, new MatchCounts(), new MatchCounts());
        return BeatReport.Create(name, "test models", new string('0', 64), 1, new[] { r }, "hash");
    }
}
