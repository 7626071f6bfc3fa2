using System.IO;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public class QrsEvaluationNstdbTests
{
    [EcgDataFact]
    public void NoiseStressRecordsRunAndMinusSixDecibelsIsLargelyUnreadable()
    {
        QrsEvaluationSettings settings = new() { Database = "nstdb" };
        QrsRecordResult clean = QrsEvaluation.EvaluateRecord(TestData.Mitdb, "118", settings);
        QrsRecordResult zero = QrsEvaluation.EvaluateRecord(TestData.Nstdb, "118e00", settings);
        QrsRecordResult minus6 = QrsEvaluation.EvaluateRecord(TestData.Nstdb, "118e_6", settings);

        // The noise is added in 2-minute segments from minute 5 on (about 13 minutes in all).
        Assert.True(minus6.UnreadableSeconds > 180, $"118e_6: {minus6.UnreadableSeconds:F0} s unreadable");
        Assert.True(minus6.UnreadableSeconds > zero.UnreadableSeconds);
        Assert.True(clean.UnreadableSeconds < 10, $"mitdb 118: {clean.UnreadableSeconds:F0} s unreadable");
        Assert.True(minus6.Scored.MissedInShutdown > 0);
        Assert.InRange(zero.Scored.Sensitivity, 50, 100);
        Assert.InRange(minus6.Scored.PositivePredictivity, 1, 100);
    }
}
