using System.IO;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

/// <summary>The regression guard for the headline number: the device chain on all 48 MIT-BIH records.</summary>
public class QrsEvaluationMitdbTests
{
    [EcgDataFact]
    public void AllFortyEightRecordsReachEc57GrossSeAndPpvOf99Point5()
    {
        QrsEvaluationSettings settings = new() { Parallelism = 2 };
        QrsSummary summary = QrsEvaluation.Run(TestData.Mitdb, RecordSelection.Resolve(TestData.Mitdb, "all"), settings);

        Assert.Equal(48, summary.Records.Count);
        Assert.True(summary.Gross.Se >= 99.5, $"gross Se {summary.Gross.Se:F3} %");
        Assert.True(summary.Gross.Ppv >= 99.5, $"gross +P {summary.Gross.Ppv:F3} %");

        // Every reference beat is accounted for: the data README counts 109,494 beat annotations, and no
        // mitdb reference beat lies inside a VF episode.
        Assert.Equal(109_494, summary.AllBeatsGross.Tp + summary.AllBeatsGross.Fn);
    }
}
