using System;
using System.IO;
using System.Text.Json;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public class QrsReportWriterTests
{
    private static readonly QrsSummary Summary = new(
        new QrsEvaluationSettings { Database = "testdb" },
        new[]
        {
            new QrsRecordResult("100", new MatchCounts(99, 1, 2, 0, 0), new MatchCounts(120, 2, 2, 0, 0), 1.5),
            new QrsRecordResult("101", new MatchCounts(50, 0, 0, 0, 0), new MatchCounts(60, 0, 1, 0, 0), 0),
        });

    [Fact]
    public void JsonHasTheDocumentedKeysAndValues()
    {
        string path = Path.Combine(Path.GetTempPath(), $"qrs-{Guid.NewGuid():N}.json");
        try
        {
            QrsReportWriter.WriteJson(Summary, path);
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = doc.RootElement;
            Assert.Equal(Math.Round(149.0 / 150 * 100, 3), root.GetProperty("gross").GetProperty("se").GetDouble());
            Assert.Equal(Math.Round(149.0 / 151 * 100, 3), root.GetProperty("gross").GetProperty("ppv").GetDouble());
            Assert.Equal(Math.Round((99.0 + 100.0) / 2, 3), root.GetProperty("average").GetProperty("se").GetDouble());
            Assert.True(root.GetProperty("allBeats").GetProperty("gross").TryGetProperty("ppv", out _));
            JsonElement first = root.GetProperty("records")[0];
            Assert.Equal("100", first.GetProperty("record").GetString());
            Assert.Equal(99, first.GetProperty("tp").GetInt64());
            Assert.Equal(2, first.GetProperty("fp").GetInt64());
            Assert.Equal(1, first.GetProperty("fn").GetInt64());
            Assert.Equal(99.0, first.GetProperty("se").GetDouble());
            Assert.Equal(1.5, first.GetProperty("unreadableSeconds").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MarkdownAndTableShowRecordsAndTotals()
    {
        string md = QrsReportWriter.ToMarkdown(Summary);
        Assert.Contains("| 100 | 99 | 1 | 2 | 99.00 | 98.02 |", md, StringComparison.Ordinal);
        Assert.Contains("| gross (from 5 min) | 99.33 | 98.68 | 149 | 1 | 2 |", md, StringComparison.Ordinal);
        string table = QrsReportWriter.ToTable(Summary);
        Assert.Contains("gross Se 99.33 % +P 98.68 %", table, StringComparison.Ordinal);
    }
}
