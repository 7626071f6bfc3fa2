using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Google.Protobuf;

namespace EdgeEcg.Benchmarks.Inference;

/// <summary>
/// Per-beat latency of the classifier path on one thread: the fixed-point <see cref="BeatSpectrogram"/> and the
/// <see cref="BeatWindowNoise"/> measure (for the V noise reject rule) of a beat window, then the MobileNet (width 0.5) through ONNX Runtime, FP32 against INT8 QDQ (baseline FP32), as one network
/// (model 0.6) and as an ensemble of three in one graph (model 0.7). The networks are
/// seeded, untrained instances of the shipped architecture (latency does not depend on the weight values); INT8 is
/// calibrated on random spectrograms. "INT8" keeps int8 activations (as ONNX Runtime does on the device's ARM64);
/// "x86 u8 rewrite" is ONNX Runtime's x86 default. Both run the same model file.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(warmupCount: 3, iterationCount: 10)]
public class BeatInferenceBenchmarks
{
    private readonly BeatSpectrogram spectrogram = new(SpectrogramSettings.Default);
    private readonly short[] window = new short[SpectrogramSettings.Default.WindowLength];
    private readonly sbyte[] image = new sbyte[SpectrogramSettings.Default.ImageLength];
    private readonly float[] input = new float[SpectrogramSettings.Default.ImageLength];
    private readonly float[] rr = Features();
    private readonly string[] outputs = { BeatNetOnnxExporter.LogitsOutput };
    private OnnxBeatClassifier fp32 = null!;
    private OnnxBeatClassifier int8 = null!;
    private OnnxBeatClassifier int8X86 = null!;

    /// <summary>Networks in the graph (1: model 0.6's shape; 3: model 0.7's ensemble).</summary>
    [Params(1, 3)]
    public int Members { get; set; }

    /// <summary>Builds the beat window and both models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int n = 0; n < window.Length; n++)
        {
            int r = n - SpectrogramSettings.Default.RPeakIndex;
            window[n] = (short)((r > -5 && r < 5 ? 300 - (60 * Math.Abs(r)) : 0) + (int)(40 * Math.Sin(n * 0.05)));
        }
        var folded = new FoldedBeatNet[Members];
        for (int m = 0; m < Members; m++)
        {
            TorchSharp.torch.manual_seed(1 + m);
            using var net = new BeatMobileNet(new BeatNetOptions(0.5, BeatFeatures.Count, 5));
            folded[m] = FoldedBeatNet.From(net);
        }
        var none = Array.Empty<KeyValuePair<string, string>>();
        fp32 = new OnnxBeatClassifier(BeatNetOnnxExporter.ExportFloat(folded, none).ToByteArray(), "fp32");
        var calibration = RandomBeats(256);
        var q = ActivationCalibrator.Collect(folded, calibration).Parameters(CalibrationMethod.MinMax);
        byte[] qdq = BeatNetOnnxExporter.ExportQdq(folded, q, none).ToByteArray();
        int8 = new OnnxBeatClassifier(qdq, "int8");
        int8X86 = new OnnxBeatClassifier(qdq, "int8 (x86 u8 rewrite)", keepInt8Activations: false);
    }

    /// <summary>Releases the sessions.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        fp32.Dispose();
        int8.Dispose();
        int8X86.Dispose();
    }

    /// <summary>Spectrogram + FP32 model.</summary>
    [Benchmark(Baseline = true, Description = "spectrogram + ORT FP32")]
    public float Fp32() => Classify(fp32);

    /// <summary>Spectrogram + INT8 QDQ model.</summary>
    [Benchmark(Description = "spectrogram + ORT INT8")]
    public float Int8() => Classify(int8);

    /// <summary>Spectrogram + INT8 QDQ model with ONNX Runtime's x86 default (int8 activations rewritten to uint8).</summary>
    [Benchmark(Description = "spectrogram + ORT INT8, x86 u8 rewrite")]
    public float Int8X86() => Classify(int8X86);

    /// <summary>The beat window noise measure alone (its share of the per-beat path).</summary>
    [Benchmark(Description = "beat window noise measure alone")]
    public int NoiseMeasure() => BeatWindowNoise.Measure(window, 0, window.Length, SpectrogramSettings.Default.RPeakIndex).OutsideActivity;

    private float Classify(OnnxBeatClassifier model)
    {
        BeatWindowNoise noise = BeatWindowNoise.Measure(window, 0, window.Length, SpectrogramSettings.Default.RPeakIndex);
        spectrogram.Compute(window, 0, image, 0);
        for (int i = 0; i < image.Length; i++)
            input[i] = image[i] / BeatBatch.ImageScale;
        foreach (var (_, values) in model.Run(input, rr, 1, outputs))
            return noise.ExceedsActivityRatio(3 * BeatWindowNoise.RatioOne) ? float.NaN : values[0]; // the shipped rule's test (ratio 3), so the measure is used
        return float.NaN;
    }

    private static BeatDataset RandomBeats(int n)
    {
        var rng = new Random(3);
        var images = new sbyte[n * 1024];
        for (int i = 0; i < images.Length; i++)
            images[i] = (sbyte)rng.Next(-128, 40);
        var rrf = new float[n * BeatFeatures.Count];
        for (int i = 0; i < rrf.Length; i++)
            rrf[i] = 0.5f + (float)rng.NextDouble();
        return new BeatDataset(1024, BeatFeatures.Count, images, rrf, new AamiClass[n], new int[n], new long[n], new[] { "random" });
    }

    /// <summary>A regular beat's features: every RR ratio 1 and a beat equal to its template.</summary>
    private static float[] Features()
    {
        float[] f = new float[BeatFeatures.Count];
        Array.Fill(f, 1f);
        return f;
    }
}
