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

/// <summary>Trains one small network on synthetic beats once and checks both exports against it.</summary>
public sealed class TrainedSyntheticNet
{
    public TrainedSyntheticNet()
    {
        Train = SyntheticBeats.Make(200, seed: 1);
        Test = SyntheticBeats.Make(100, seed: 5);
        var options = new TrainingOptions(new BeatNetOptions(0.5, SyntheticBeats.RrFeatures, 5), Epochs: 2, BatchSize: 32, Seed: 3);
        Net = new BeatTrainer(options).Train(Train, null).Network;
        Folded = FoldedBeatNet.From(Net);
    }

    public BeatDataset Train { get; }

    public BeatDataset Test { get; }

    public BeatMobileNet Net { get; }

    public FoldedBeatNet Folded { get; }
}

[Collection(TorchCollection.Name)]
public sealed class BeatNetOnnxExporterTests : IClassFixture<TrainedSyntheticNet>
{
    private static readonly KeyValuePair<string, string>[] NoMetadata = Array.Empty<KeyValuePair<string, string>>();
    private readonly TrainedSyntheticNet fx;

    public BeatNetOnnxExporterTests(TrainedSyntheticNet fx) => this.fx = fx;

    [Fact]
    public void Float_OnnxRuntimeMatchesTorchSharp()
    {
        float[] torchLogits = TorchBeatPredictor.Logits(fx.Net, fx.Test);
        using var ort = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), "fp32");
        float[] ortLogits = ort.Logits(fx.Test);
        float maxDiff = torchLogits.Zip(ortLogits, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDiff < 1e-3f, $"max |TorchSharp − ORT| = {maxDiff}");
    }

    [Fact]
    public void Qdq_LabelsAgreeWithFloat_AndOnnxRuntimeFusesQuantizedKernels()
    {
        var calibrator = ActivationCalibrator.Collect(fx.Folded, fx.Train);
        ModelProto int8 = BeatNetOnnxExporter.ExportQdq(fx.Folded, calibrator.Parameters(CalibrationMethod.MinMax), NoMetadata);
        double agreement = ExportChecks.LabelAgreement(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), int8.ToByteArray(), fx.Test);
        Assert.True(agreement >= 0.97, $"INT8/FP32 label agreement {agreement:P1}");

        // Every convolution must have become a QLinearConv (int8 kernels), none may run in float.
        IReadOnlyList<string> ops = OptimizedGraph.OpTypes(int8.ToByteArray());
        int convs = 1 + fx.Folded.Blocks.Sum(bl => bl.Layers.Count) + 1;
        Assert.Equal(convs, ops.Count(o => o == "QLinearConv"));
        Assert.DoesNotContain("Conv", ops);
        Assert.Contains("QGemm", ops);
    }

    [Fact]
    public void Qdq_WeightsAreInt8PerChannel()
    {
        var p = BeatNetOnnxExporter.ActivationNames(fx.Folded).ToDictionary(n => n, _ => new QuantParams(0.05f, 0));
        ModelProto m = BeatNetOnnxExporter.ExportQdq(fx.Folded, p, NoMetadata);
        TensorProto stem = m.Graph.Initializer.Single(t => t.Name == "stem.weight.int8");
        Assert.Equal((int)TensorProto.Types.DataType.Int8, stem.DataType);
        Assert.Equal(fx.Folded.Stem.Weights.Length, stem.RawData.Length);
        TensorProto scales = m.Graph.Initializer.Single(t => t.Name == "stem.weight.scale");
        Assert.Equal(fx.Folded.Stem.OutChannels, scales.FloatData.Count);
    }

    [Fact]
    public void Qdq_StandardisesTheBeatFeaturesInFloatBeforeQuantisingThem()
    {
        var p = BeatNetOnnxExporter.ActivationNames(fx.Folded).ToDictionary(n => n, _ => new QuantParams(0.05f, 0));
        ModelProto m = BeatNetOnnxExporter.ExportQdq(fx.Folded, p, NoMetadata);
        Assert.DoesNotContain(BeatNetOnnxExporter.RrInput, BeatNetOnnxExporter.ActivationNames(fx.Folded));
        Assert.DoesNotContain(m.Graph.Node, n => n.OpType == "QuantizeLinear" && n.Input[0] == BeatNetOnnxExporter.RrInput);
        NodeProto mul = m.Graph.Node.Single(n => n.OpType == "Mul" && n.Input[0] == BeatNetOnnxExporter.RrInput);
        NodeProto add = m.Graph.Node.Single(n => n.OpType == "Add" && n.Input[0] == mul.Output[0]);
        Assert.Contains(m.Graph.Node, n => n.OpType == "QuantizeLinear" && n.Input[0] == add.Output[0]);
        TensorProto scale = m.Graph.Initializer.Single(t => t.Name == mul.Input[1]);
        Assert.Equal(fx.Folded.RrNorm.Scale, scale.FloatData);
    }

    [Fact]
    public void Output_IsLogProbabilities_WithSvebFromTheRhythmOnlyPath()
    {
        FoldedLinear joined = fx.Folded.Classifier;
        int s = BeatMobileNet.RhythmClass;
        Assert.All(joined.Weights.Skip(s * joined.In).Take(joined.In), w => Assert.Equal(0f, w));
        Assert.Equal(BeatMobileNet.ExcludedLogit, joined.Bias[s]);
        Assert.Equal(1, fx.Folded.RhythmClassifier.Out);
        Assert.Equal(fx.Folded.Options.RrFeatureCount, fx.Folded.RhythmHidden.In);

        using var ort = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(fx.Folded, NoMetadata).ToByteArray(), "fp32");
        float[] logp = ort.Logits(fx.Test);
        for (int b = 0; b < fx.Test.Count; b++)
        {
            double total = 0;
            for (int c = 0; c < 5; c++)
                total += Math.Exp(logp[b * 5 + c]);
            Assert.Equal(1.0, total, 4);
        }
    }

    [Fact]
    public void Qdq_RefusesMissingActivationParameters()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BeatNetOnnxExporter.ExportQdq(fx.Folded, new Dictionary<string, QuantParams>(), NoMetadata));
        Assert.Contains("activation", e.Message, StringComparison.Ordinal);
    }
}
