using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Inference;
using Onnx;

namespace EdgeEcg.ModelTools.Export;

/// <summary>What ONNX Runtime makes of a model: the operators of the graph it optimises it to.</summary>
public static class OptimizedGraph
{
    /// <summary>Loads <paramref name="model"/> in ONNX Runtime (int8 activations kept) and returns the optimised graph's node types.</summary>
    /// <param name="model">ONNX model bytes.</param>
    /// <param name="sourceName">Name of the model for error messages.</param>
    public static IReadOnlyList<string> OpTypes(byte[] model, string sourceName = "model")
    {
        string optimized = Path.Combine(Path.GetTempPath(), "edgeecg-opt-" + Guid.NewGuid().ToString("N") + ".onnx");
        try
        {
            using (new OnnxBeatClassifier(model, sourceName, optimizedModelPath: optimized))
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
