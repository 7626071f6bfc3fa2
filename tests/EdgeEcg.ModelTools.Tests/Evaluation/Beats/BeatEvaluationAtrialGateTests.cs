using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>
/// eval beats with the atrial gate on DS1 records 203 (atrial fibrillation and flutter for most of the record) and 100
/// (sinus rhythm with visible P waves), every beat labelled S.
/// </summary>
public sealed class BeatEvaluationAtrialGateTests
{
    [EcgDataFact]
    public void InFibrillation_MostSCallsBecomeN()
    {
        (RecordBeatResult gated, RecordBeatResult plain, int count) = AllS("203");
        Assert.Equal(0, plain.AtrialGatedS);
        Assert.InRange(gated.AtrialGatedS, count / 2, count); // session 12 probe: 73 % of 203's fibrillation beats lie below 0.5
        Assert.True(gated.AllBeats.Fp(AamiClass.S) < plain.AllBeats.Fp(AamiClass.S) * 6 / 10, $"{gated.AllBeats.Fp(AamiClass.S)} of {plain.AllBeats.Fp(AamiClass.S)} false S left");
    }

    [EcgDataFact]
    public void InSinusRhythm_AlmostAllSCallsStay()
    {
        (RecordBeatResult gated, _, int count) = AllS("100");
        Assert.InRange(gated.AtrialGatedS, 0, count / 50);
        Assert.True(gated.AllBeats.Tp(AamiClass.S) >= 30, $"{gated.AllBeats.Tp(AamiClass.S)} of 100's atrial premature beats kept"); // 33 in the record
    }

    private static (RecordBeatResult Gated, RecordBeatResult Plain, int Count) AllS(string name)
    {
        string record = TestData.MitdbRecord(name);
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var labels = Enumerable.Repeat(AamiClass.S, detected.Count).ToArray();
        return (BeatEvaluation.EvaluateRecord(record, detected, labels, null, new LabelRules(AtrialGate: true)),
            BeatEvaluation.EvaluateRecord(record, detected, labels, null), detected.Count);
    }
}
