using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Onnx;

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

    /// <summary>Loads <paramref name="model"/> in ONNX Runtime (int8 activations kept) and returns the optimised graph's node types.</summary>
    public static IReadOnlyList<string> OpTypes(byte[] model)
    {
        string optimized = Path.Combine(Path.GetTempPath(), "edgeecg-opt-" + Guid.NewGuid().ToString("N") + ".onnx");
        try
        {
            using (new OnnxBeatClassifier(model, "optimised", optimizedModelPath: optimized))
            {
            }
            return ModelProto.Parser.ParseFrom(File.ReadAllBytes(optimized)).Graph.Node.Select(n => n.OpType).ToList();
        }
        finally
        {
            File.Delete(optimized);
        }
    }
}
