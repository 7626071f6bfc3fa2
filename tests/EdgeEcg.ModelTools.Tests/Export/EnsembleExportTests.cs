using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Google.Protobuf;
using Onnx;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Export;

/// <summary>Two small networks with different seeds, trained once on synthetic beats, exported as one ensemble graph.</summary>
public sealed class TrainedSyntheticPair
{
    public TrainedSyntheticPair()
    {
        Train = SyntheticBeats.Make(200, seed: 1);
        Test = SyntheticBeats.Make(100, seed: 5);
        Nets = new[] { 3, 4 }.Select(seed => new BeatTrainer(
            new TrainingOptions(new BeatNetOptions(0.5, SyntheticBeats.RrFeatures, 5), Epochs: 1, BatchSize: 32, Seed: seed)).Train(Train, null).Network).ToArray();
        Folded = Nets.Select(FoldedBeatNet.From).ToArray();
    }

    public BeatDataset Train { get; }

    public BeatDataset Test { get; }

    public BeatMobileNet[] Nets { get; }

    public FoldedBeatNet[] Folded { get; }
}

[Collection(TorchCollection.Name)]
public sealed class EnsembleExportTests : IClassFixture<TrainedSyntheticPair>
{
    private static readonly KeyValuePair<string, string>[] NoMetadata = Array.Empty<KeyValuePair<string, string>>();
    private readonly TrainedSyntheticPair fx;

    public EnsembleExportTests(TrainedSyntheticPair fx) => this.fx = fx;

    [Fact]
    public void Float_OutputsTheMeanOfTheMembersProbabilities()
    {
        float[][] members = fx.Folded.Select(f =>
        {
            using var ort = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(f, NoMetadata).ToByteArray(), "member");
            return ort.Logits(fx.Test);
        }).ToArray();
        using var ensemble = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), "ensemble");
        float[] graph = ensemble.Logits(fx.Test);
        float[] expected = EnsembleAverage.LogMeanProbability(members);
        Assert.True(graph.Zip(expected, (a, b) => Math.Abs(a - b)).Max() < 1e-4f, "ensemble graph differs from the mean of its members");
        // The members differ (different seeds), so the ensemble is not simply one of them.
        Assert.True(members[0].Zip(members[1], (a, b) => Math.Abs(a - b)).Max() > 1e-3f, "the two members are identical");
        Assert.True(graph.Zip(members[0], (a, b) => Math.Abs(a - b)).Max() > 1e-4f, "ensemble equals member 0");
    }

    [Fact]
    public void Float_MatchesTheTorchSharpMembersAveraged()
    {
        float[] torch = EnsembleAverage.LogMeanProbability(fx.Nets.Select(n => TorchBeatPredictor.Logits(n, fx.Test)).ToList());
        using var ort = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), "ensemble");
        float maxDiff = torch.Zip(ort.Logits(fx.Test), (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDiff < 1e-3f, $"max |TorchSharp − ORT| = {maxDiff}");
    }

    [Fact]
    public void OneMember_GivesExactlyThePlainNetworkGraph()
    {
        byte[] plain = BeatNetOnnxExporter.ExportFloat(fx.Folded[0], NoMetadata).ToByteArray();
        byte[] list = BeatNetOnnxExporter.ExportFloat(new[] { fx.Folded[0] }, NoMetadata).ToByteArray();
        Assert.Equal(plain, list);
    }

    [Fact]
    public void ActivationNames_AreThoseOfEachMember_Prefixed()
    {
        IReadOnlyList<string> one = BeatNetOnnxExporter.ActivationNames(fx.Folded[0]);
        IReadOnlyList<string> both = BeatNetOnnxExporter.ActivationNames(fx.Folded);
        var expected = new List<string> { BeatNetOnnxExporter.SpectrogramInput };
        foreach (string prefix in new[] { "m0.", "m1." })
            expected.AddRange(one.Where(n => n != BeatNetOnnxExporter.SpectrogramInput).Select(n => prefix + n));
        Assert.Equal(expected, both);
    }

    [Fact]
    public void Qdq_QuantisesEveryMember_AndAgreesWithFloat()
    {
        var calibrator = ActivationCalibrator.Collect(fx.Folded, fx.Train);
        ModelProto int8 = BeatNetOnnxExporter.ExportQdq(fx.Folded, calibrator.Parameters(CalibrationMethod.MinMax), NoMetadata);
        double agreement = ExportChecks.LabelAgreement(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), int8.ToByteArray(), fx.Test);
        Assert.True(agreement >= 0.97, $"INT8/FP32 label agreement {agreement:P1}");
        IReadOnlyList<string> ops = OptimizedGraph.OpTypes(int8.ToByteArray());
        int convsPerMember = 1 + fx.Folded[0].Blocks.Sum(bl => bl.Layers.Count) + 1;
        Assert.Equal(2 * convsPerMember, ops.Count(o => o == "QLinearConv"));
        Assert.DoesNotContain("Conv", ops);
    }

    [Fact]
    public void MembersWithDifferentInputs_AreRefused()
    {
        FoldedBeatNet other = fx.Folded[1] with { Options = fx.Folded[1].Options with { RrFeatureCount = fx.Folded[1].Options.RrFeatureCount + 1 } };
        var e = Assert.Throws<ArgumentException>(() => BeatNetOnnxExporter.ExportFloat(new[] { fx.Folded[0], other }, NoMetadata));
        Assert.Contains("same inputs", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BeatNetOnnxExporter.ExportFloat(Array.Empty<FoldedBeatNet>(), NoMetadata));
    }
}
