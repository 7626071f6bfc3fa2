using System;
using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Training;
using Onnx;

namespace EdgeEcg.ModelTools.Export;

/// <summary>
/// Writes a <see cref="FoldedBeatNet"/> as ONNX: FP32, or INT8 in QDQ form (per-channel symmetric int8 weights,
/// int32 biases, per-tensor asymmetric int8 activations) that ONNX Runtime fuses into quantised kernels.
/// </summary>
/// <remarks>
/// Inputs: <c>spectrogram</c> float [N,1,32,32] (int8 spectrogram values / 128) and <c>rr</c> float [N,F]; output
/// <c>logits</c> float [N,5]. The beat features are standardised in float (Mul, Add) before they are quantised:
/// quantising the raw ratios (near 1, differing by hundredths) would erase them. The output combines the joined path
/// (N, V, F, Q) and the rhythm-only path (S) as log-probabilities, see <see cref="BeatMobileNet"/>. Every activation has a stable logical name (<see cref="ActivationNames"/>) used for
/// calibration. In QDQ form each activation is followed by QuantizeLinear/DequantizeLinear; a ReLU output gets zero
/// point −128 so ONNX Runtime can drop the ReLU into the quantised convolution.
/// </remarks>
public sealed class BeatNetOnnxExporter
{
    /// <summary>Spectrogram input name.</summary>
    public const string SpectrogramInput = "spectrogram";

    /// <summary>RR feature input name.</summary>
    public const string RrInput = "rr";

    /// <summary>Logits output name.</summary>
    public const string LogitsOutput = "logits";

    /// <summary>Quantisation of the spectrogram input: exactly the int8 codes (scale 1/128, zero point 0).</summary>
    public static readonly QuantParams SpectrogramQuant = new(1f / BeatBatch.ImageScale, 0);

    private readonly FoldedBeatNet net;
    private readonly IReadOnlyDictionary<string, QuantParams>? quant;
    private readonly List<string> activations = new();
    private OnnxGraphBuilder g = new("unused");

    private BeatNetOnnxExporter(FoldedBeatNet net, IReadOnlyDictionary<string, QuantParams>? quant)
    {
        this.net = net;
        this.quant = quant;
    }

    /// <summary>Logical names of the activations that an INT8 export needs quantisation parameters for.</summary>
    /// <param name="net">The network.</param>
    public static IReadOnlyList<string> ActivationNames(FoldedBeatNet net)
    {
        var e = new BeatNetOnnxExporter(net, null);
        e.Build();
        return e.activations;
    }

    /// <summary>FP32 model; with <paramref name="exposeActivations"/> every activation is also a graph output (for calibration).</summary>
    /// <param name="net">The network.</param>
    /// <param name="metadata">Metadata properties.</param>
    /// <param name="exposeActivations">Whether to add the activations as outputs.</param>
    public static ModelProto ExportFloat(FoldedBeatNet net, IEnumerable<KeyValuePair<string, string>> metadata, bool exposeActivations = false)
    {
        var e = new BeatNetOnnxExporter(net, null);
        e.Build();
        if (exposeActivations)
            foreach (string a in e.activations)
                if (a != SpectrogramInput)
                    e.g.AddOutput(a, TensorProto.Types.DataType.Float, null);
        return e.g.ToModel("EdgeEcg MobileNet beat classifier (FP32)", metadata);
    }

    /// <summary>INT8 QDQ model.</summary>
    /// <param name="net">The network.</param>
    /// <param name="activationQuant">Quantisation parameters of every name in <see cref="ActivationNames"/>.</param>
    /// <param name="metadata">Metadata properties.</param>
    public static ModelProto ExportQdq(FoldedBeatNet net, IReadOnlyDictionary<string, QuantParams> activationQuant,
        IEnumerable<KeyValuePair<string, string>> metadata)
    {
        foreach (string a in ActivationNames(net))
            if (!activationQuant.ContainsKey(a))
                throw new ArgumentException($"no quantisation parameters for activation {a}");
        var e = new BeatNetOnnxExporter(net, activationQuant);
        e.Build();
        return e.g.ToModel("EdgeEcg MobileNet beat classifier (INT8 QDQ, per-channel weights)", metadata);
    }

    private bool Quantized => quant is not null;

    private void Build()
    {
        g = new OnnxGraphBuilder("edgeecg_beat_mobilenet");
        var o = net.Options;
        g.AddInput(SpectrogramInput, TensorProto.Types.DataType.Float, 1, BeatNetOptions.ImageHeight, BeatNetOptions.ImageWidth);
        g.AddInput(RrInput, TensorProto.Types.DataType.Float, o.RrFeatureCount);
        string x = Activation(SpectrogramInput, SpectrogramInput);
        string scale = g.AddFloats("rr.norm.scale", net.RrNorm.Scale, o.RrFeatureCount);
        string shift = g.AddFloats("rr.norm.shift", net.RrNorm.Shift, o.RrFeatureCount);
        g.AddNode("Mul", new[] { RrInput, scale }, "rr.scaled");
        g.AddNode("Add", new[] { "rr.scaled", shift }, "rr.norm");
        string features = Activation("rr.norm", "rr.norm");
        x = Conv(x, net.Stem, "stem");
        for (int b = 0; b < net.Blocks.Count; b++)
        {
            FoldedBlock block = net.Blocks[b];
            string input = x;
            string[] suffix = block.Layers.Count == 3 ? new[] { "expand", "depthwise", "project" } : new[] { "depthwise", "project" };
            for (int l = 0; l < block.Layers.Count; l++)
                x = Conv(x, block.Layers[l], $"b{b + 1}.{suffix[l]}");
            if (block.Shortcut)
            {
                string sum = $"b{b + 1}.add";
                g.AddNode("Add", new[] { Quantized ? DequantizeAgain(input) : input, x }, sum);
                x = Activation(sum, sum);
            }
        }
        x = Conv(x, net.Head, "head");
        g.AddNode("GlobalAveragePool", new[] { x }, "pool");
        x = Activation("pool", "pool");
        g.AddNode("Flatten", new[] { x }, "flat", OnnxGraphBuilder.Int("axis", 1));
        x = Quantized ? Requantize("flat", "pool") : "flat";
        g.AddNode("Concat", new[] { x, Quantized ? DequantizeAgain(features) : features }, "join", OnnxGraphBuilder.Int("axis", 1));
        x = Activation("join", "join");
        x = Gemm(x, net.Hidden, "hidden");
        string joined = Gemm(x, net.Classifier, "logits.joined");
        string z = Gemm(Gemm(features, net.RhythmHidden, "rhythm.hidden"), net.RhythmClassifier, "rhythm.z");
        Output(joined, z);
        g.AddOutput(LogitsOutput, TensorProto.Types.DataType.Float, new long[] { o.ClassCount });
    }

    /// <summary>
    /// The factorised output in float: log σ(z) for the rhythm class, log σ(−z) + LogSoftmax(joined) for the others
    /// (log σ(x) = −Softplus(−x)), exactly as <see cref="BeatMobileNet"/>'s forward pass.
    /// </summary>
    private void Output(string joined, string z)
    {
        float[] rhythmMask = BeatMobileNet.RhythmMask(net.Options.ClassCount);
        float[] othersMask = rhythmMask.Select(m => 1 - m).ToArray();
        float[] minusRhythmMask = rhythmMask.Select(m => -m).ToArray();
        g.AddNode("LogSoftmax", new[] { joined }, "out.log_softmax", OnnxGraphBuilder.Int("axis", 1));
        g.AddNode("Softplus", new[] { z }, "out.softplus_z");
        g.AddNode("Sub", new[] { "out.log_softmax", "out.softplus_z" }, "out.others_all");
        g.AddNode("Mul", new[] { "out.others_all", g.AddFloats("out.others_mask", othersMask, othersMask.Length) }, "out.others");
        g.AddNode("Neg", new[] { z }, "out.minus_z");
        g.AddNode("Softplus", new[] { "out.minus_z" }, "out.softplus_minus_z");
        g.AddNode("Mul", new[] { "out.softplus_minus_z", g.AddFloats("out.rhythm_mask", minusRhythmMask, minusRhythmMask.Length) }, "out.rhythm");
        g.AddNode("Add", new[] { "out.others", "out.rhythm" }, LogitsOutput);
    }

    /// <summary>Registers an activation; in QDQ mode appends Q/DQ and returns the dequantised name.</summary>
    private string Activation(string tensor, string logicalName)
    {
        activations.Add(logicalName);
        return Quantized ? Requantize(tensor, logicalName) : tensor;
    }

    private string Requantize(string tensor, string logicalName)
    {
        QuantParams p = logicalName == SpectrogramInput ? SpectrogramQuant : quant![logicalName];
        string scale = g.AddFloats(tensor + ".q_scale", new[] { p.Scale });
        string zp = g.AddInt8(tensor + ".q_zero", new[] { p.ZeroPoint });
        string q = g.AddNode("QuantizeLinear", new[] { tensor, scale, zp }, tensor + ".q");
        return g.AddNode("DequantizeLinear", new[] { q, scale, zp }, tensor + ".dq");
    }

    /// <summary>
    /// A second DequantizeLinear of an already quantised activation, so that each DequantizeLinear has one consumer
    /// (the form ONNX Runtime's QDQ node-unit selectors expect).
    /// </summary>
    private string DequantizeAgain(string dequantized)
    {
        string tensor = dequantized[..^".dq".Length];
        return g.AddNode("DequantizeLinear", new[] { tensor + ".q", tensor + ".q_scale", tensor + ".q_zero" }, tensor + ".dq_shortcut");
    }

    private string Conv(string input, FoldedConv f, string name)
    {
        long[] wDims = { f.OutChannels, f.InChannelsPerGroup, f.Kernel, f.Kernel };
        string w;
        string b;
        if (Quantized)
        {
            float inScale = InputScale(input);
            (w, float[] wScales) = QuantizedWeights(name + ".weight", f.Weights, f.OutChannels, wDims);
            b = QuantizedBias(name + ".bias", f.Bias, inScale, wScales);
        }
        else
        {
            w = g.AddFloats(name + ".weight", f.Weights, wDims);
            b = g.AddFloats(name + ".bias", f.Bias, f.OutChannels);
        }
        string conv = f.Relu ? name + ".conv" : name;
        g.AddNode("Conv", new[] { input, w, b }, conv,
            OnnxGraphBuilder.Ints("kernel_shape", f.Kernel, f.Kernel),
            OnnxGraphBuilder.Ints("strides", f.Stride, f.Stride),
            OnnxGraphBuilder.Ints("pads", f.Padding, f.Padding, f.Padding, f.Padding),
            OnnxGraphBuilder.Int("group", f.Groups));
        if (f.Relu)
            g.AddNode("Relu", new[] { conv }, name);
        return Activation(name, name);
    }

    private string Gemm(string input, FoldedLinear f, string name)
    {
        string w;
        string b;
        if (Quantized)
        {
            float inScale = InputScale(input);
            (w, float[] wScales) = QuantizedWeights(name + ".weight", f.Weights, f.Out, new long[] { f.Out, f.In });
            b = QuantizedBias(name + ".bias", f.Bias, inScale, wScales);
        }
        else
        {
            w = g.AddFloats(name + ".weight", f.Weights, f.Out, f.In);
            b = g.AddFloats(name + ".bias", f.Bias, f.Out);
        }
        string gemm = f.Relu ? name + ".gemm" : name;
        g.AddNode("Gemm", new[] { input, w, b }, gemm, OnnxGraphBuilder.Int("transB", 1));
        if (!f.Relu)
            return gemm; // the logits stay float
        g.AddNode("Relu", new[] { gemm }, name);
        return Activation(name, name);
    }

    private float InputScale(string dequantizedInput)
    {
        const string suffix = ".dq";
        if (!dequantizedInput.EndsWith(suffix, StringComparison.Ordinal))
            throw new InvalidOperationException($"{dequantizedInput} is not a dequantised activation");
        string tensor = dequantizedInput[..^suffix.Length];
        string logical = tensor == "flat" ? "pool" : tensor;
        return logical == SpectrogramInput ? SpectrogramQuant.Scale : quant![logical].Scale;
    }

    /// <summary>Symmetric per-output-channel int8 weights and their DequantizeLinear (axis 0).</summary>
    private (string Name, float[] Scales) QuantizedWeights(string name, float[] weights, int channels, long[] dims)
    {
        int per = weights.Length / channels;
        var q = new sbyte[weights.Length];
        var scales = new float[channels];
        for (int c = 0; c < channels; c++)
        {
            float maxAbs = 0;
            for (int k = 0; k < per; k++)
                maxAbs = Math.Max(maxAbs, Math.Abs(weights[c * per + k]));
            float s = maxAbs > 0 ? maxAbs / 127f : 1f;
            scales[c] = s;
            for (int k = 0; k < per; k++)
                q[c * per + k] = (sbyte)Math.Clamp((int)Math.Round(weights[c * per + k] / s, MidpointRounding.ToEven), -127, 127);
        }
        string qw = g.AddInt8(name + ".int8", q, dims);
        string sc = g.AddFloats(name + ".scale", scales, channels);
        string zp = g.AddInt8(name + ".zero", new sbyte[channels], channels);
        string dq = g.AddNode("DequantizeLinear", new[] { qw, sc, zp }, name, OnnxGraphBuilder.Int("axis", 0));
        return (dq, scales);
    }

    /// <summary>int32 bias with scale = input scale × weight scale per channel, as quantised kernels expect.</summary>
    private string QuantizedBias(string name, float[] bias, float inputScale, float[] weightScales)
    {
        var q = new int[bias.Length];
        var scales = new float[bias.Length];
        for (int c = 0; c < bias.Length; c++)
        {
            scales[c] = inputScale * weightScales[c];
            q[c] = (int)Math.Clamp(Math.Round(bias[c] / scales[c], MidpointRounding.ToEven), int.MinValue + 1, int.MaxValue);
        }
        string qb = g.AddInt32(name + ".int32", q, bias.Length);
        string sc = g.AddFloats(name + ".scale", scales, bias.Length);
        string zp = g.AddInt32(name + ".zero", new int[bias.Length], bias.Length);
        return g.AddNode("DequantizeLinear", new[] { qb, sc, zp }, name, OnnxGraphBuilder.Int("axis", 0));
    }
}
