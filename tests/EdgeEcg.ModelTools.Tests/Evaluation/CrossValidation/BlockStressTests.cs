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

/// <summary>The block stress test on two DS1 records, two folds, one epoch.</summary>
[Collection(TorchCollection.Name)]
public sealed class BlockStressTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-stress-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void CountsTheBeatsPresentInBothViews_AndAnEnsembleOfIdenticalRunsScoresLikeTheRun()
    {
        TwoRecordRun fx = TwoRecordRun.Create(dir);
        string[] records = fx.Records;
        BeatDataset data = fx.Data;
        string a = fx.RunDirectory;

        BlockStressResult one = BlockStress.Measure(data, records, 2, new[] { a });

        int[] counts = data.ClassCounts();
        // Each fold holds one record out here, and each fold's held-out beats get their own simulation.
        int removed = records.Sum(r => BlockAugmentation.Simulate(data.SelectRecords(new[] { r }), BlockStress.Seed).Removed);
        Assert.InRange(removed, 100, counts[(int)AamiClass.N] / 2);
        Assert.Equal(counts[(int)AamiClass.N] - removed, one.NormalBeats);
        Assert.Equal(counts[(int)AamiClass.S], one.SBeats); // S beats are never removed
        Assert.InRange(one.NormalCalledSUnderBlock, 0, one.NormalBeats);
        Assert.InRange(one.SFound, 0, one.SBeats);
        Assert.Contains("under simulated 2:1 block", one.ToSummary(), StringComparison.Ordinal);

        string b = fx.CopyTo(Path.Combine(dir, "b"));
        Assert.Equal(one, BlockStress.Measure(data, records, 2, new[] { a, b }));
    }

    [EcgDataFact]
    public void TheSinusPVeto_OnlyTakesSCallsAway_AndNeedsDetectedBeats()
    {
        TwoRecordRun fx = TwoRecordRun.Create(dir);
        BeatDataset detectedRows = BeatDatasetBuilder.Concat(fx.Records.Select(r => DetectedBeatExtractor.Extract(TestData.MitdbRecord(r), DspSettings.Default)).ToArray());
        BlockStressResult plain = BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory });
        BlockStressResult vetoed = BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(SinusVeto: new SvebSinusVeto(0.5)), detected: fx.Detected);
        Assert.Equal(plain.NormalBeats, vetoed.NormalBeats);
        Assert.Equal(plain.SBeats, vetoed.SBeats);
        Assert.True(vetoed.NormalCalledS <= plain.NormalCalledS && vetoed.NormalCalledSUnderBlock <= plain.NormalCalledSUnderBlock, $"{plain.ToSummary()} / {vetoed.ToSummary()}");
        // The one-epoch fold models call hundreds of normal beats S under block; those beats keep their patient's sinus P wave.
        Assert.True(plain.NormalCalledSUnderBlock > 100 && vetoed.NormalCalledSUnderBlock < plain.NormalCalledSUnderBlock / 2, $"{plain} / {vetoed}");
        Assert.True(vetoed.SFound <= plain.SFound && vetoed.SFoundUnderBlock <= plain.SFoundUnderBlock);

        // The atrial fibrillation gate also only takes S calls away (the detector sees the beats left under block).
        BlockStressResult gated = BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AfGate: true));
        Assert.Equal((plain.NormalBeats, plain.SBeats), (gated.NormalBeats, gated.SBeats));
        Assert.True(gated.NormalCalledS <= plain.NormalCalledS && gated.NormalCalledSUnderBlock <= plain.NormalCalledSUnderBlock, $"{plain} / {gated}");
        Assert.True(gated.SFound <= plain.SFound && gated.SFoundUnderBlock <= plain.SFoundUnderBlock, $"{plain} / {gated}");

        // So does the atrial gate, with each row's organisation as the chain measured it.
        BlockStressResult atrial = BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AtrialGate: true), detected: fx.Detected);
        Assert.Equal((plain.NormalBeats, plain.SBeats), (atrial.NormalBeats, atrial.SBeats));
        Assert.True(atrial.NormalCalledS <= plain.NormalCalledS && atrial.NormalCalledSUnderBlock <= plain.NormalCalledSUnderBlock, $"{plain} / {atrial}");
        Assert.True(atrial.SFound <= plain.SFound && atrial.SFoundUnderBlock <= plain.SFoundUnderBlock, $"{plain} / {atrial}");

        var e = Assert.Throws<ArgumentException>(() => BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(SinusVeto: new SvebSinusVeto(0.5))));
        Assert.Contains("sinus P veto needs the detected beats", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BlockStress.Measure(detectedRows, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(AtrialGate: true)));
        Assert.Contains("atrial gate needs the detected beats", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BlockStress.Measure(fx.Data, fx.Records, 2, new[] { fx.RunDirectory }, rules: new LabelRules(SinusVeto: new SvebSinusVeto(0.5)), detected: fx.Detected));
        Assert.Contains("needs a dataset of detected beats", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFoldModel_IsRefusedByPath()
    {
        var data = new BeatDataset(1024, BeatFeatures.Count, Array.Empty<sbyte>(), Array.Empty<float>(), Array.Empty<AamiClass>(),
            Array.Empty<int>(), Array.Empty<long>(), new[] { "101", "106" });
        Directory.CreateDirectory(dir);
        var e = Assert.Throws<FileNotFoundException>(() => BlockStress.Measure(data, new[] { "101", "106" }, 2, new[] { dir }));
        Assert.Contains(Path.Combine(dir, "fold0.onnx"), e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
