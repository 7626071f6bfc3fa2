using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

/// <summary>The premature-beat stress test on two DS1 records, two folds, one epoch.</summary>
[Collection(TorchCollection.Name)]
public sealed class ApcStressTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-apcstress-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void CountsSimulatedAndRecordedBeatsApart_AndAnEnsembleOfIdenticalRunsScoresLikeTheRun()
    {
        TwoRecordRun fx = TwoRecordRun.Create(dir);
        ApcStressResult one = ApcStress.Measure(fx.Data, fx.Records, 2, new[] { fx.RunDirectory });

        int[] counts = fx.Data.ClassCounts();
        // Each fold's held-out record gets its own simulation, as in Measure.
        int early = fx.Records.Sum(r => ApcAugmentation.Simulate(fx.Data.SelectRecords(new[] { r }), ApcStress.Seed).EarlyBeats);
        Assert.InRange(early, 100, counts[(int)AamiClass.N] / 4);
        Assert.Equal(early, one.EarlyBeats);
        Assert.Equal(counts[(int)AamiClass.N] - early, one.NormalBeats);
        Assert.Equal(counts[(int)AamiClass.S], one.SBeats); // recorded S beats stay S
        Assert.InRange(one.EarlyFound, 0, one.EarlyBeats);
        Assert.InRange(one.NormalCalledSSimulated, 0, one.NormalBeats);
        Assert.InRange(one.SFound, 0, one.SBeats);
        Assert.InRange(one.SFoundSimulated, 0, one.SBeats);
        Assert.Contains("simulated premature beats called S", one.ToSummary(), StringComparison.Ordinal);

        string b = fx.CopyTo(Path.Combine(dir, "b"));
        Assert.Equal(one, ApcStress.Measure(fx.Data, fx.Records, 2, new[] { fx.RunDirectory, b }));

        // The atrial fibrillation gate only takes S calls away, in both views; the beats counted stay the same.
        ApcStressResult gated = ApcStress.Measure(fx.Data, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AfGate: true));
        Assert.Equal((one.EarlyBeats, one.NormalBeats, one.SBeats), (gated.EarlyBeats, gated.NormalBeats, gated.SBeats));
        Assert.InRange(gated.EarlyFound, 0, one.EarlyFound);
        Assert.InRange(gated.NormalCalledS, 0, one.NormalCalledS);
        Assert.InRange(gated.NormalCalledSSimulated, 0, one.NormalCalledSSimulated);
        Assert.InRange(gated.SFoundSimulated, 0, one.SFoundSimulated);
    }

    [EcgDataFact]
    public void TheAtrialGate_OnlyTakesSCallsAway_AndNeedsDetectedBeats()
    {
        TwoRecordRun fx = TwoRecordRun.Create(dir);
        BeatDataset detectedRows = BeatDatasetBuilder.Concat(fx.Records.Select(r => DetectedBeatExtractor.Extract(TestData.MitdbRecord(r), DspSettings.Default)).ToArray());
        ApcStressResult plain = ApcStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory });
        ApcStressResult gated = ApcStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AtrialGate: true), detected: fx.Detected);
        Assert.Equal((plain.EarlyBeats, plain.NormalBeats, plain.SBeats), (gated.EarlyBeats, gated.NormalBeats, gated.SBeats));
        Assert.InRange(gated.EarlyFound, 0, plain.EarlyFound);
        Assert.InRange(gated.NormalCalledS, 0, plain.NormalCalledS);
        Assert.InRange(gated.SFoundSimulated, 0, plain.SFoundSimulated);
        var e = Assert.Throws<ArgumentException>(() => ApcStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AtrialGate: true)));
        Assert.Contains("atrial gate needs the detected beats", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFoldModel_IsRefusedByPath()
    {
        var data = new BeatDataset(1024, BeatFeatures.Count, Array.Empty<sbyte>(), Array.Empty<float>(), Array.Empty<AamiClass>(),
            Array.Empty<int>(), Array.Empty<long>(), new[] { "101", "106" });
        Directory.CreateDirectory(dir);
        var e = Assert.Throws<FileNotFoundException>(() => ApcStress.Measure(data, new[] { "101", "106" }, 2, new[] { dir }));
        Assert.Contains(Path.Combine(dir, "fold0.onnx"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_GivesPercentOfEachCount()
    {
        var r = new ApcStressResult(EarlyBeats: 200, EarlyFound: 50, NormalBeats: 1000, NormalCalledS: 10, NormalCalledSSimulated: 30, SBeats: 40, SFound: 20, SFoundSimulated: 10);
        Assert.Equal("simulated premature beats called S 25.0 % (50 of 200); N->S 1.00 % recorded, 3.00 % simulated (1000 N beats); recorded S Se 50.0 % vs 25.0 % (40 S beats)", r.ToSummary());
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
