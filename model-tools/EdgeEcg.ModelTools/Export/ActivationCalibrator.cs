using System;
using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Onnx;
using Google.Protobuf;

namespace EdgeEcg.ModelTools.Export;

/// <summary>
/// Static post-training calibration: runs the FP32 model (with every activation exposed as an output) through
/// ONNX Runtime over calibration beats, records per-tensor minimum, maximum and a 2048-bin histogram, and derives
/// int8 parameters by the chosen <see cref="CalibrationMethod"/>.
/// </summary>
public sealed class ActivationCalibrator
{
    private const int Bins = 2048;
    private readonly Dictionary<string, (float Min, float Max)> ranges = new();
    private readonly Dictionary<string, long[]> histograms = new();

    private ActivationCalibrator()
    {
    }

    /// <summary>Collects statistics of every activation of <paramref name="net"/> over <paramref name="calibration"/>.</summary>
    /// <param name="net">The folded network.</param>
    /// <param name="calibration">Calibration beats (DS1 only).</param>
    public static ActivationCalibrator Collect(FoldedBeatNet net, BeatDataset calibration) => Collect(new[] { net }, calibration);

    /// <summary>Runs the FP32 ensemble over the calibration beats and records every member's activation distributions.</summary>
    /// <param name="members">The member networks (<see cref="BeatNetOnnxExporter.ActivationNames(IReadOnlyList{FoldedBeatNet})"/>).</param>
    /// <param name="calibration">Calibration beats.</param>
    public static ActivationCalibrator Collect(IReadOnlyList<FoldedBeatNet> members, BeatDataset calibration)
    {
        if (calibration.Count == 0)
            throw new ArgumentException("calibration needs at least one beat");
        ModelProto model = BeatNetOnnxExporter.ExportFloat(members, Array.Empty<KeyValuePair<string, string>>(), exposeActivations: true);
        using var ort = new OnnxBeatClassifier(model.ToByteArray(), "calibration model", threads: Environment.ProcessorCount);
        string[] names = BeatNetOnnxExporter.ActivationNames(members).ToArray();
        var c = new ActivationCalibrator();
        foreach (string n in names)
        {
            c.ranges[n] = (float.MaxValue, float.MinValue);
            c.histograms[n] = new long[Bins];
        }
        // Pass 1: ranges. Pass 2: histograms over those ranges.
        for (int pass = 0; pass < 2; pass++)
        {
            const int batch = 256;
            for (int start = 0; start < calibration.Count; start += batch)
            {
                int count = Math.Min(batch, calibration.Count - start);
                var outputs = names.Where(n => n != BeatNetOnnxExporter.SpectrogramInput).ToArray();
                foreach (var (name, values) in ort.Run(calibration, start, count, outputs))
                    c.Observe(name, values, pass);
            }
        }
        return c;
    }

    /// <summary>Quantisation parameters of every calibrated activation.</summary>
    /// <param name="method">Range selection.</param>
    public IReadOnlyDictionary<string, QuantParams> Parameters(CalibrationMethod method)
    {
        var result = new Dictionary<string, QuantParams>();
        foreach (var (name, (min, max)) in ranges)
        {
            (float lo, float hi) = method switch
            {
                CalibrationMethod.MinMax => (min, max),
                CalibrationMethod.Percentile9999 => Quantiles(name, 1e-4),
                CalibrationMethod.Percentile999 => Quantiles(name, 1e-3),
                _ => throw new ArgumentOutOfRangeException(nameof(method)),
            };
            result[name] = QuantParams.FromRange(lo, hi);
        }
        return result;
    }

    private (float Lo, float Hi) Quantiles(string name, double tail)
    {
        (float min, float max) = ranges[name];
        long[] h = histograms[name];
        long total = h.Sum();
        double width = (max - min) / Bins;
        long cut = (long)(total * tail);
        int lo = 0;
        long acc = 0;
        while (lo < Bins - 1 && acc + h[lo] <= cut)
            acc += h[lo++];
        int hi = Bins - 1;
        acc = 0;
        while (hi > lo && acc + h[hi] <= cut)
            acc += h[hi--];
        return ((float)(min + lo * width), (float)(min + (hi + 1) * width));
    }

    private void Observe(string name, float[] values, int pass)
    {
        (float min, float max) = ranges[name];
        if (pass == 0)
        {
            foreach (float v in values)
            {
                if (v < min)
                    min = v;
                if (v > max)
                    max = v;
            }
            ranges[name] = (min, max);
            return;
        }
        long[] h = histograms[name];
        float width = Math.Max(max - min, 1e-12f) / Bins;
        foreach (float v in values)
            h[Math.Clamp((int)((v - min) / width), 0, Bins - 1)]++;
    }
}
