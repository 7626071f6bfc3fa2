using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Google.Protobuf;
using Onnx;

namespace EdgeEcg.ModelTools.Export;

/// <summary>
/// Exports a trained network to FP32 and INT8 QDQ ONNX and proves the export: ONNX Runtime FP32 logits against
/// TorchSharp, and INT8 labels against FP32 for every calibration method, keeping the method with the highest agreement.
/// </summary>
public static class ModelExporter
{
    /// <summary>FP32 model file name.</summary>
    public const string Fp32FileName = "beat-classifier-fp32.onnx";

    /// <summary>INT8 model file name.</summary>
    public const string Int8FileName = "beat-classifier-int8.onnx";

    /// <summary>Exports and checks.</summary>
    /// <param name="net">Trained network.</param>
    /// <param name="calibration">Calibration beats (DS1 only).</param>
    /// <param name="check">Beats the checks run on (DS1 only).</param>
    /// <param name="outputDirectory">Where the two models go.</param>
    /// <param name="metadata">ONNX metadata properties.</param>
    public static ExportResult Export(BeatMobileNet net, BeatDataset calibration, BeatDataset check, string outputDirectory,
        IReadOnlyList<KeyValuePair<string, string>> metadata) => Export(new[] { net }, calibration, check, outputDirectory, metadata);

    /// <summary>Exports an ensemble (one graph, mean of the members' probabilities) and checks it the same way.</summary>
    /// <param name="members">Trained networks (one = a plain network).</param>
    /// <param name="calibration">Calibration beats (DS1 only).</param>
    /// <param name="check">Beats the checks run on (DS1 only).</param>
    /// <param name="outputDirectory">Where the two models go.</param>
    /// <param name="metadata">ONNX metadata properties.</param>
    public static ExportResult Export(IReadOnlyList<BeatMobileNet> members, BeatDataset calibration, BeatDataset check, string outputDirectory,
        IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        ArgumentNullException.ThrowIfNull(members);
        Directory.CreateDirectory(outputDirectory);
        FoldedBeatNet[] folded = members.Select(FoldedBeatNet.From).ToArray();
        ModelProto fp32 = BeatNetOnnxExporter.ExportFloat(folded, metadata);
        byte[] fp32Bytes = fp32.ToByteArray();
        string fp32Path = Path.Combine(outputDirectory, Fp32FileName);
        File.WriteAllBytes(fp32Path, fp32Bytes);

        float[] torchLogits = members.Count == 1
            ? TorchBeatPredictor.Logits(members[0], check)
            : EnsembleAverage.LogMeanProbability(members.Select(m => TorchBeatPredictor.Logits(m, check)).ToList());
        float[] ortLogits;
        using (var ort = new OnnxBeatClassifier(fp32Bytes, fp32Path, threads: Environment.ProcessorCount))
            ortLogits = ort.Logits(check);
        double maxDiff = 0;
        for (int i = 0; i < torchLogits.Length; i++)
            maxDiff = Math.Max(maxDiff, Math.Abs(torchLogits[i] - ortLogits[i]));
        AamiClass[] fp32Labels = TorchBeatPredictor.ArgMax(ortLogits, OnnxBeatClassifier.ClassCount);

        var calibrator = ActivationCalibrator.Collect(folded, calibration);
        var agreement = new Dictionary<string, double>();
        CalibrationMethod best = CalibrationMethod.MinMax;
        byte[]? bestBytes = null;
        foreach (CalibrationMethod method in Enum.GetValues<CalibrationMethod>())
        {
            byte[] bytes = BeatNetOnnxExporter.ExportQdq(folded, calibrator.Parameters(method), metadata).ToByteArray();
            using var q = new OnnxBeatClassifier(bytes, method.ToString(), threads: Environment.ProcessorCount);
            AamiClass[] labels = TorchBeatPredictor.ArgMax(q.Logits(check), OnnxBeatClassifier.ClassCount);
            double a = labels.Zip(fp32Labels, (x, y) => x == y ? 1.0 : 0.0).DefaultIfEmpty(1.0).Average();
            agreement[method.ToString()] = a;
            if (bestBytes is null || a > agreement[best.ToString()])
            {
                best = method;
                bestBytes = bytes;
            }
        }
        string int8Path = Path.Combine(outputDirectory, Int8FileName);
        File.WriteAllBytes(int8Path, bestBytes!);

        IReadOnlyList<string> ops = OptimizedGraph.OpTypes(bestBytes!, int8Path);
        int fused = ops.Count(o => o == "QLinearConv");
        int floatConv = ops.Count(o => o == "Conv");
        return new ExportResult(fp32Path, int8Path, fp32Bytes.Length, bestBytes!.Length, maxDiff, best, agreement, check.Count, fused, floatConv);
    }
}
