using System;
using System.Text.Json;
using EdgeEcg.ModelTools.Evaluation.Rhythm;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Rhythm;

public class AfReportTests
{
    private static readonly AfReport Report = new("af", "m.onnx", new[]
    {
        new AfRecordResult("201", 4, 5, 3, 4, 600, 500, 450),
        new AfRecordResult("209", 0, 1, 0, 0, 0, 20, 0),
    });

    [Fact]
    public void GrossFigures_PoolTheRecords()
    {
        Assert.Equal(75.0, Report.EpisodeSe);
        Assert.Equal(100.0 * 4 / 6, Report.EpisodePpv, 9);
        Assert.Equal(75.0, Report.DurationSe);
        Assert.Equal(100.0 * 450 / 520, Report.DurationPpv, 9);
        Assert.True(double.IsNaN(new AfReport("x", "m", Array.Empty<AfRecordResult>()).EpisodeSe));
    }

    [Fact]
    public void TheWholeRecordVariant_IsReportedBesideTheEc57One()
    {
        var both = Report with { WholeRecords = new[] { new AfRecordResult("201", 5, 5, 5, 5, 900, 800, 700), new AfRecordResult("209", 0, 0, 0, 0, 0, 0, 0) } };
        Assert.Equal(100.0, both.WholeRecord!.EpisodeSe);
        using JsonDocument json = JsonDocument.Parse(both.ToJson());
        Assert.Equal(75.0, json.RootElement.GetProperty("episodeSe").GetDouble());
        Assert.Equal(100.0, json.RootElement.GetProperty("wholeRecord").GetProperty("episodeSe").GetDouble());
        Assert.Contains("| gross (whole records) | 100.00 | 100.00 | 77.78 | 87.50 |", both.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonAndMarkdown_CarryTheFiguresAndTheDetector()
    {
        using JsonDocument json = JsonDocument.Parse(Report.ToJson());
        JsonElement root = json.RootElement;
        Assert.Equal("af", root.GetProperty("split").GetString());
        Assert.Equal(SvebAfGate.Name, root.GetProperty("detector").GetString());
        Assert.Equal(75.0, root.GetProperty("episodeSe").GetDouble());
        Assert.Equal(2, root.GetProperty("perRecord").GetArrayLength());
        Assert.Equal(450, root.GetProperty("perRecord")[0].GetProperty("overlapSeconds").GetDouble());
        string md = Report.ToMarkdown();
        Assert.Contains("| gross (EC57) | 75.00 | 66.67 | 75.00 | 86.54 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("whole records", md, StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("wholeRecord", out _));
        Assert.Contains("| 209 | 0 | 0 | 1 | 0 | 0 | 20 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("AF episodes Se 75.00 +P 66.67 | duration Se 75.00 +P 86.54", Report.ToSummary(), StringComparison.Ordinal);
    }
}
