using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public class QrsSummaryTests
{
    [Fact]
    public void GrossPoolsCountsAndAverageMeansRecords()
    {
        QrsRecordResult a = new("a", new MatchCounts(90, 10, 0, 0, 0), new MatchCounts(100, 10, 0, 0, 0), 2);
        QrsRecordResult b = new("b", new MatchCounts(900, 0, 100, 0, 0), new MatchCounts(1000, 0, 100, 0, 0), 3);
        QrsSummary summary = new(new QrsEvaluationSettings(), new[] { a, b });

        Assert.Equal(990.0 / 1000 * 100, summary.Gross.Se, 9);
        Assert.Equal(990.0 / 1090 * 100, summary.Gross.Ppv, 9);
        Assert.Equal((90.0 + 100.0) / 2, summary.Average.Se, 9);
        Assert.Equal((100.0 + 90.0) / 2, summary.Average.Ppv, 9);
        Assert.Equal((990L, 10L, 100L), (summary.Gross.Tp, summary.Gross.Fn, summary.Gross.Fp));
        Assert.Equal(1100.0 / 1110 * 100, summary.AllBeatsGross.Se, 9);
        Assert.Equal(5.0, summary.UnreadableSeconds);
    }

    [Fact]
    public void RecordsWithoutBeatsAreLeftOutOfTheAverage()
    {
        QrsRecordResult empty = new("e", new MatchCounts(0, 0, 0, 0, 0), new MatchCounts(0, 0, 0, 0, 0), 0);
        QrsRecordResult full = new("f", new MatchCounts(50, 50, 0, 0, 0), new MatchCounts(50, 50, 0, 0, 0), 0);
        QrsSummary summary = new(new QrsEvaluationSettings(), new[] { empty, full });
        Assert.Equal(50.0, summary.Average.Se, 9);
        Assert.Equal(100.0, summary.Average.Ppv, 9);
    }
}
