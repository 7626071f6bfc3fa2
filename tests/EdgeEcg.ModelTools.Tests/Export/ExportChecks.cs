using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;

namespace EdgeEcg.ModelTools.Tests.Export;

/// <summary>Checks of exported models through ONNX Runtime, shared by the exporter tests.</summary>
internal static class ExportChecks
{
    /// <summary>Share of <paramref name="beats"/> that two models give the same label.</summary>
    public static double LabelAgreement(byte[] a, byte[] b, BeatDataset beats)
    {
        using var first = new OnnxBeatClassifier(a, "first");
        using var second = new OnnxBeatClassifier(b, "second");
        AamiClass[] x = TorchBeatPredictor.ArgMax(first.Logits(beats), OnnxBeatClassifier.ClassCount);
        AamiClass[] y = TorchBeatPredictor.ArgMax(second.Logits(beats), OnnxBeatClassifier.ClassCount);
        return x.Zip(y, (p, q) => p == q ? 1.0 : 0.0).Average();
    }
}
