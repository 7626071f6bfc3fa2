using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Training;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// A beat classifier ONNX model (FP32 or INT8 QDQ) run through ONNX Runtime, exactly as the device runs it. The model's
/// inputs and output are checked on load; a model with other names or shapes is refused with a clear message.
/// </summary>
public sealed class OnnxBeatClassifier : IDisposable
{
    private readonly InferenceSession session;

    /// <summary>Loads a model file.</summary>
    /// <param name="path">The .onnx file.</param>
    /// <param name="threads">Intra-op threads (1 = like the device's single inference thread).</param>
    public OnnxBeatClassifier(string path, int threads = 1)
        : this(ReadModel(path), path, threads)
    {
    }

    /// <summary>Loads a model from memory.</summary>
    /// <param name="model">Serialised ONNX model.</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <param name="threads">Intra-op threads.</param>
    /// <param name="optimizedModelPath">When set, ONNX Runtime writes its optimised graph there (to inspect fusions).</param>
    /// <param name="keepInt8Activations">
    /// True (default): int8 activations stay int8, as ONNX Runtime does by default on ARM64 (the device), so every
    /// QDQ node unit fuses. False: ONNX Runtime's x86 default, which rewrites int8 Q/DQ pairs to uint8 for its
    /// u8s8 kernels and leaves convolutions next to residual branches unfused.
    /// </param>
    public OnnxBeatClassifier(byte[] model, string sourceName, int threads = 1, string? optimizedModelPath = null, bool keepInt8Activations = true)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
        };
        options.AddSessionConfigEntry("session.qdqisint8allowed", keepInt8Activations ? "1" : "0");
        if (optimizedModelPath is not null)
            options.OptimizedModelFilePath = optimizedModelPath;
        try
        {
            session = new InferenceSession(model, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"{sourceName}: not a loadable ONNX model: {e.Message}", e);
        }
        SourceName = sourceName;
        RrFeatureCount = Validate(session, sourceName);
        DspSettingsHash = session.ModelMetadata.CustomMetadataMap.TryGetValue(DspHashMetadataKey, out string? h) ? h : null;
        NoiseReject = ReadRule(session, sourceName, NoiseRejectMetadataKey, VebNoiseReject.Parse);
        SinusVeto = ReadRule(session, sourceName, SinusVetoMetadataKey, SvebSinusVeto.Parse);
        AfGate = ReadRule(session, sourceName, AfGateMetadataKey, t => (object)SvebAfGate.Parse(t)) is not null;
        RunVeto = ReadRule(session, sourceName, RunVetoMetadataKey, t => (object)SvebRunVeto.Parse(t)) is not null;
        AtrialGate = ReadRule(session, sourceName, AtrialGateMetadataKey, t => (object)SvebAtrialGate.Parse(t)) is not null;
    }

    /// <summary>Parses a rule the model ships with in its metadata (null when the key is absent); a bad value disposes the session and names the key.</summary>
    private static T? ReadRule<T>(InferenceSession session, string sourceName, string key, Func<string, T> parse)
        where T : class
    {
        if (!session.ModelMetadata.CustomMetadataMap.TryGetValue(key, out string? text))
            return null;
        try
        {
            return parse(text);
        }
        catch (ArgumentException e)
        {
            session.Dispose();
            throw new InvalidDataException($"{sourceName}: metadata {key}: {e.Message}", e);
        }
    }

    /// <summary>ONNX metadata key holding the threshold of the model's <see cref="SvebSinusVeto"/> rule (absent: no rule).</summary>
    public const string SinusVetoMetadataKey = "edgeecg.sveb_sinus_p_veto";

    /// <summary>The veto on S calls of beats with a sinus-like P wave the model ships with, or null.</summary>
    public SvebSinusVeto? SinusVeto { get; }

    /// <summary>ONNX metadata key naming the model's atrial fibrillation gate (<see cref="SvebAfGate.Name"/>; absent: no gate).</summary>
    public const string AfGateMetadataKey = "edgeecg.sveb_af_gate";

    /// <summary>Whether the model ships with the atrial fibrillation gate on S calls (<see cref="SvebAfGate"/>).</summary>
    public bool AfGate { get; }

    /// <summary>ONNX metadata key naming the model's run veto on S calls (<see cref="SvebRunVeto.Name"/>; absent: none).</summary>
    public const string RunVetoMetadataKey = "edgeecg.sveb_run_veto";

    /// <summary>Whether the model ships with the run veto on S calls (<see cref="SvebRunVeto"/>).</summary>
    public bool RunVeto { get; }

    /// <summary>ONNX metadata key naming the model's atrial gate on S calls (<see cref="SvebAtrialGate.Name"/>; absent: none).</summary>
    public const string AtrialGateMetadataKey = "edgeecg.sveb_atrial_gate";

    /// <summary>Whether the model ships with the atrial gate on S calls (<see cref="SvebAtrialGate"/>).</summary>
    public bool AtrialGate { get; }

    /// <summary>The rules the model ships with, as the device applies them.</summary>
    public LabelRules Rules => new(NoiseReject, SinusVeto, AfGate, RunVeto, AtrialGate);

    /// <summary>ONNX metadata key holding the ratio of the model's <see cref="VebNoiseReject"/> rule (absent: no rule).</summary>
    public const string NoiseRejectMetadataKey = "edgeecg.veb_noise_reject";

    /// <summary>The reject rule for V calls in noisy beat windows the model ships with, or null.</summary>
    public VebNoiseReject? NoiseReject { get; }

    /// <summary>ONNX metadata key holding the DSP settings hash the model's inputs must be made with.</summary>
    public const string DspHashMetadataKey = "edgeecg.dsp_settings_hash";

    /// <summary>The DSP settings hash recorded in the model, or null when it records none.</summary>
    public string? DspSettingsHash { get; }

    /// <summary>Model file name (for messages and reports).</summary>
    public string SourceName { get; }

    /// <summary>RR features the model expects.</summary>
    public int RrFeatureCount { get; }

    /// <summary>Number of output classes.</summary>
    public const int ClassCount = 5;

    /// <summary>Logits [count × 5] for the given beats.</summary>
    /// <param name="data">Beats (must carry <see cref="RrFeatureCount"/> RR features).</param>
    /// <param name="batchSize">Beats per run.</param>
    public float[] Logits(BeatDataset data, int batchSize = 256)
    {
        if (data.RrFeatureCount != RrFeatureCount)
            throw new ArgumentException($"{SourceName} expects {RrFeatureCount} RR features but the dataset has {data.RrFeatureCount}");
        var result = new float[data.Count * ClassCount];
        for (int start = 0; start < data.Count; start += batchSize)
        {
            int n = Math.Min(batchSize, data.Count - start);
            foreach (var (name, values) in Run(data, start, n, new[] { BeatNetOnnxExporter.LogitsOutput }))
                Array.Copy(values, 0, result, start * ClassCount, values.Length);
        }
        return result;
    }

    /// <summary>Runs beats start..start+count-1 and returns the requested outputs, flattened.</summary>
    /// <param name="data">Beats.</param>
    /// <param name="start">First beat.</param>
    /// <param name="count">Number of beats.</param>
    /// <param name="outputs">Output names.</param>
    public IEnumerable<(string Name, float[] Values)> Run(BeatDataset data, int start, int count, IReadOnlyCollection<string> outputs)
    {
        int size = data.ImageSize;
        var images = new float[count * size];
        for (int i = 0; i < images.Length; i++)
            images[i] = data.Images[start * size + i] / BeatBatch.ImageScale;
        var rr = new float[count * data.RrFeatureCount];
        Array.Copy(data.RrFeatures, start * data.RrFeatureCount, rr, 0, rr.Length);
        return Run(images, rr, count, outputs);
    }

    /// <summary>Runs raw input buffers (images already divided by 128) and returns the requested outputs.</summary>
    /// <param name="images">[count, 1, 32, 32] floats.</param>
    /// <param name="rr">[count, F] floats.</param>
    /// <param name="count">Beats.</param>
    /// <param name="outputs">Output names.</param>
    public IEnumerable<(string Name, float[] Values)> Run(float[] images, float[] rr, int count, IReadOnlyCollection<string> outputs)
    {
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor(BeatNetOnnxExporter.SpectrogramInput,
                new DenseTensor<float>(images, new[] { count, 1, BeatNetOptions.ImageHeight, BeatNetOptions.ImageWidth })),
            NamedOnnxValue.CreateFromTensor(BeatNetOnnxExporter.RrInput, new DenseTensor<float>(rr, new[] { count, RrFeatureCount })),
        };
        using var results = session.Run(inputs, outputs);
        return results.Select(r => (r.Name, r.AsEnumerable<float>().ToArray())).ToList();
    }

    /// <summary>All graph output names (logits plus any exposed activations).</summary>
    public IReadOnlyCollection<string> OutputNames => session.OutputMetadata.Keys.ToArray();

    /// <inheritdoc/>
    public void Dispose() => session.Dispose();

    private static byte[] ReadModel(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"model file not found: {path}", path);
        return File.ReadAllBytes(path);
    }

    private static int Validate(InferenceSession s, string source)
    {
        string Describe() => "inputs " + string.Join(", ", s.InputMetadata.Select(kv => $"{kv.Key} {kv.Value.ElementType.Name}[{string.Join(",", kv.Value.Dimensions)}]")) +
            "; outputs " + string.Join(", ", s.OutputMetadata.Select(kv => $"{kv.Key}[{string.Join(",", kv.Value.Dimensions)}]"));
        if (!s.InputMetadata.TryGetValue(BeatNetOnnxExporter.SpectrogramInput, out var spec) ||
            !s.InputMetadata.TryGetValue(BeatNetOnnxExporter.RrInput, out var rr) ||
            !s.OutputMetadata.TryGetValue(BeatNetOnnxExporter.LogitsOutput, out var logits) || s.InputMetadata.Count != 2)
            throw new InvalidDataException($"{source}: expected inputs '{BeatNetOnnxExporter.SpectrogramInput}' and '{BeatNetOnnxExporter.RrInput}' and output '{BeatNetOnnxExporter.LogitsOutput}', found {Describe()}");
        int[] d = spec.Dimensions;
        if (spec.ElementType != typeof(float) || d.Length != 4 || d[1] != 1 || d[2] != BeatNetOptions.ImageHeight || d[3] != BeatNetOptions.ImageWidth)
            throw new InvalidDataException($"{source}: input '{BeatNetOnnxExporter.SpectrogramInput}' must be float [N,1,{BeatNetOptions.ImageHeight},{BeatNetOptions.ImageWidth}], found {Describe()}");
        if (rr.ElementType != typeof(float) || rr.Dimensions.Length != 2 || rr.Dimensions[1] <= 0)
            throw new InvalidDataException($"{source}: input '{BeatNetOnnxExporter.RrInput}' must be float [N,F], found {Describe()}");
        if (logits.Dimensions.Length != 2 || logits.Dimensions[1] != ClassCount)
            throw new InvalidDataException($"{source}: output '{BeatNetOnnxExporter.LogitsOutput}' must be [N,{ClassCount}], found {Describe()}");
        return rr.Dimensions[1];
    }
}
