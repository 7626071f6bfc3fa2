using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>The class comparison takes bxb's pairs, so it scores the same beats as the QRS counts.</summary>
public sealed class BeatEvaluationBxbPairingTests
{
    [EcgDataFact]
    public void OnRecord207_DetectionsInsideReferenceVentricularFlutterAreNotFalseClassCalls()
    {
        string record = TestData.MitdbRecord("207");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var reference = AnnotationFile.Read(record + ".atr");
        long[] on = reference.Where(a => a.Code == AnnotationCode.VfOn).Select(a => a.Sample).ToArray();
        long[] off = reference.Where(a => a.Code == AnnotationCode.VfOff).Select(a => a.Sample).ToArray();
        Assert.NotEmpty(on);
        Assert.Equal(on.Length, off.Length);
        int inFlutter = detected.SourceSamples.Count(t => on.Zip(off).Any(e => t >= e.First && t <= e.Second));
        Assert.True(inFlutter > 0, "the chain finds no beat inside 207's flutter: the test would show nothing");

        var labels = Enumerable.Repeat(AamiClass.V, detected.Count).ToArray();
        RecordBeatResult r = BeatEvaluation.EvaluateRecord(record, detected, labels, annotationDirectory: null);

        // Unpaired detections are false class calls exactly when bxb counts them as false QRS detections; the old
        // pairing of its own also counted the detections inside the flutter episode (6 with the shipped model).
        Assert.Equal(r.QrsEc57.FalsePositives, r.Ec57.Extra.Sum());
        Assert.Equal(r.QrsAllBeats.FalsePositives, r.AllBeats.Extra.Sum());
        Assert.Equal(r.QrsAllBeats.FalseNegatives, r.AllBeats.Missed.Sum());
    }
}
