using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>eval beats with the run veto on DS1 record 100 (regular sinus rhythm near 75 beats/min, 33 isolated atrial premature beats).</summary>
public sealed class BeatEvaluationRunVetoTests
{
    [EcgDataFact]
    public void OnRegularSinusRhythm_MostSCallsBecomeN_ButTheIsolatedPrematureBeatsKeepTheirS()
    {
        string record = TestData.MitdbRecord("100");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var labels = Enumerable.Repeat(AamiClass.S, detected.Count).ToArray();
        RecordBeatResult vetoed = BeatEvaluation.EvaluateRecord(record, detected, labels, null, new LabelRules(RunVeto: true));
        RecordBeatResult plain = BeatEvaluation.EvaluateRecord(record, detected, labels, null);

        Assert.InRange(vetoed.RunVetoedS, detected.Count * 8 / 10, detected.Count);
        Assert.Equal(0, plain.RunVetoedS);
        // An early beat is followed by a longer interval, so it never sits in a regular run.
        Assert.Equal(plain.AllBeats.Tp(AamiClass.S), vetoed.AllBeats.Tp(AamiClass.S));
        Assert.True(vetoed.AllBeats.Fp(AamiClass.S) < plain.AllBeats.Fp(AamiClass.S) / 5, $"{vetoed.AllBeats.Fp(AamiClass.S)} of {plain.AllBeats.Fp(AamiClass.S)} false S left");
    }
}
