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
/// (N, V, F, Q) and the rhythm-only path (S) as log-probabilities, see <see cref="BeatMobileNet"/>. Every activation has a stable logical name (<see cref="ActivationNames(IReadOnlyList{FoldedBeatNet})"/>) used for
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

    /// <summary>Probabilities below e^this are raised to it before an ensemble averages them (keeps the log finite).</summary>
    public const float EnsembleLogFloor = -80f;

    private readonly IReadOnlyList<FoldedBeatNet> members;
    private readonly IReadOnlyDictionary<string, QuantParams>? quant;
    private readonly List<string> activations = new();
    private OnnxGraphBuilder g = new("unused");
    private FoldedBeatNet net;
    private string prefix = "";

    private BeatNetOnnxExporter(IReadOnlyList<FoldedBeatNet> members, IReadOnlyDictionary<string, QuantParams>? quant)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
            throw new ArgumentException("an export needs at least one network", nameof(members));
        foreach (FoldedBeatNet m in members)
            if (m.Options.RrFeatureCount != members[0].Options.RrFeatureCount || m.Options.ClassCount != members[0].Options.ClassCount)
                throw new ArgumentException("ensemble members must have the same inputs and classes", nameof(members));
        this.members = members;
        this.quant = quant;
        net = members[0];
    }

    /// <summary>Logical names of the activations that an INT8 export needs quantisation parameters for.</summary>
    /// <param name="net">The network.</param>
    public static IReadOnlyList<string> ActivationNames(FoldedBeatNet net) => ActivationNames(new[] { net });

    /// <summary>Logical names of the activations of an ensemble (member m's names start with <c>m{m}.</c>).</summary>
    /// <param name="members">The member networks (one = a plain network, no prefix).</param>
    public static IReadOnlyList<string> ActivationNames(IReadOnlyList<FoldedBeatNet> members)
    {
        var e = new BeatNetOnnxExporter(members, null);
        e.Build();
        return e.activations;
    }

    /// <summary>FP32 model; with <paramref name="exposeActivations"/> every activation is also a graph output (for calibration).</summary>
    /// <param name="net">The network.</param>
    /// <param name="metadata">Metadata properties.</param>
    /// <param name="exposeActivations">Whether to add the activations as outputs.</param>
    public static ModelProto ExportFloat(FoldedBeatNet net, IEnumerable<KeyValuePair<string, string>> metadata, bool exposeActivations = false) =>
        ExportFloat(new[] { net }, metadata, exposeActivations);

    /// <summary>
    /// FP32 model of an ensemble: every member's sub-graph on the shared inputs, output = log of the mean of the
    /// members' probabilities (<see cref="Inference.EnsembleAverage"/>). One member gives exactly the plain network.
    /// </summary>
    /// <param name="members">The member networks.</param>
    /// <param name="metadata">Metadata properties.</param>
    /// <param name="exposeActivations">Whether to add the activations as outputs.</param>
    public static ModelProto ExportFloat(IReadOnlyList<FoldedBeatNet> members, IEnumerable<KeyValuePair<string, string>> metadata, bool exposeActivations = false)
    {
        var e = new BeatNetOnnxExporter(members, null);
        e.Build();
        if (exposeActivations)
            foreach (string a in e.activations)
                if (a != SpectrogramInput)
                    e.g.AddOutput(a, TensorProto.Types.DataType.Float, null);
        return e.g.ToModel("EdgeEcg MobileNet beat classifier (FP32)" + e.EnsembleNote, metadata);
    }

    /// <summary>INT8 QDQ model.</summary>
    /// <param name="net">The network.</param>
    /// <param name="activationQuant">Quantisation parameters of every name in <see cref="ActivationNames(FoldedBeatNet)"/>.</param>
    /// <param name="metadata">Metadata properties.</param>
    public static ModelProto ExportQdq(FoldedBeatNet net, IReadOnlyDictionary<string, QuantParams> activationQuant,
        IEnumerable<KeyValuePair<string, string>> metadata) => ExportQdq(new[] { net }, activationQuant, metadata);

    /// <summary>INT8 QDQ model of an ensemble (each member quantised; the averaging stays in float).</summary>
    /// <param name="members">The member networks.</param>
    /// <param name="activationQuant">Quantisation parameters of every name in <see cref="ActivationNames(IReadOnlyList{FoldedBeatNet})"/>.</param>
    /// <param name="metadata">Metadata properties.</param>
    public static ModelProto ExportQdq(IReadOnlyList<FoldedBeatNet> members, IReadOnlyDictionary<string, QuantParams> activationQuant,
        IEnumerable<KeyValuePair<string, string>> metadata)
    {
        foreach (string a in ActivationNames(members))
            if (!activationQuant.ContainsKey(a))
                throw new ArgumentException($"no quantisation parameters for activation {a}");
        var e = new BeatNetOnnxExporter(members, activationQuant);
        e.Build();
        return e.g.ToModel("EdgeEcg MobileNet beat classifier (INT8 QDQ, per-channel weights)" + e.EnsembleNote, metadata);
    }

    private bool Quantized => quant is not null;

    private string EnsembleNote => members.Count == 1 ? "" : $", mean of {members.Count} networks";

    private void Build()
    {
        g = new OnnxGraphBuilder(members.Count == 1 ? "edgeecg_beat_mobilenet" : "edgeecg_beat_mobilenet_ensemble");
        var o = members[0].Options;
        g.AddInput(SpectrogramInput, TensorProto.Types.DataType.Float, 1, BeatNetOptions.ImageHeight, BeatNetOptions.ImageWidth);
        g.AddInput(RrInput, TensorProto.Types.DataType.Float, o.RrFeatureCount);
        string image = Activation(SpectrogramInput, SpectrogramInput);
        if (members.Count == 1)
            Member(image, LogitsOutput);
        else
        {
            var outputs = new string[members.Count];
            for (int m = 0; m < members.Count; m++)
            {
                net = members[m];
                prefix = $"m{m}.";
                // Each DequantizeLinear keeps one consumer: members after the first read the input through their own.
                outputs[m] = Member(m == 0 || !Quantized ? image : DequantizeAgain(image, $"m{m}"), N("out"));
            }
            prefix = "";
            net = members[0];
            Average(outputs);
        }
        g.AddOutput(LogitsOutput, TensorProto.Types.DataType.Float, new long[] { o.ClassCount });
    }

    /// <summary>Name with the current member's prefix.</summary>
    private string N(string name) => prefix + name;

    /// <summary>One network's sub-graph from the (dequantised) image and the rr input to <paramref name="output"/>.</summary>
    private string Member(string x, string output)
    {
        var o = net.Options;
        string scale = g.AddFloats(N("rr.norm.scale"), net.RrNorm.Scale, o.RrFeatureCount);
        string shift = g.AddFloats(N("rr.norm.shift"), net.RrNorm.Shift, o.RrFeatureCount);
        g.AddNode("Mul", new[] { RrInput, scale }, N("rr.scaled"));
        g.AddNode("Add", new[] { N("rr.scaled"), shift }, N("rr.norm"));
        string features = Activation(N("rr.norm"), N("rr.norm"));
        x = Conv(x, net.Stem, N("stem"));
        for (int b = 0; b < net.Blocks.Count; b++)
        {
            FoldedBlock block = net.Blocks[b];
            string input = x;
            string[] suffix = block.Layers.Count == 3 ? new[] { "expand", "depthwise", "project" } : new[] { "depthwise", "project" };
            for (int l = 0; l < block.Layers.Count; l++)
                x = Conv(x, block.Layers[l], N($"b{b + 1}.{suffix[l]}"));
            if (block.Shortcut)
            {
                string sum = N($"b{b + 1}.add");
                g.AddNode("Add", new[] { Quantized ? DequantizeAgain(input) : input, x }, sum);
                x = Activation(sum, sum);
            }
        }
        x = Conv(x, net.Head, N("head"));
        g.AddNode("GlobalAveragePool", new[] { x }, N("pool"));
        x = Activation(N("pool"), N("pool"));
        g.AddNode("Flatten", new[] { x }, N("flat"), OnnxGraphBuilder.Int("axis", 1));
        x = Quantized ? Requantize(N("flat"), N("pool")) : N("flat");
        g.AddNode("Concat", new[] { x, Quantized ? DequantizeAgain(features) : features }, N("join"), OnnxGraphBuilder.Int("axis", 1));
        x = Activation(N("join"), N("join"));
        x = Gemm(x, net.Hidden, N("hidden"));
        string joined = Gemm(x, net.Classifier, N("logits.joined"));
        string z = Gemm(Gemm(features, net.RhythmHidden, N("rhythm.hidden")), net.RhythmClassifier, N("rhythm.z"));
        Output(joined, z, output);
        return output;
    }

    /// <summary>The ensemble output in float: log(mean over members of exp(max(member, <see cref="EnsembleLogFloor"/>))).</summary>
    private void Average(IReadOnlyList<string> memberOutputs)
    {
        string floor = g.AddFloats("ensemble.log_floor", new[] { EnsembleLogFloor });
        var probabilities = new string[memberOutputs.Count];
        for (int m = 0; m < memberOutputs.Count; m++)
        {
            string floored = g.AddNode("Max", new[] { memberOutputs[m], floor }, memberOutputs[m] + ".floored");
            probabilities[m] = g.AddNode("Exp", new[] { floored }, memberOutputs[m] + ".p");
        }
        g.AddNode("Sum", probabilities, "ensemble.sum");
        g.AddNode("Mul", new[] { "ensemble.sum", g.AddFloats("ensemble.inverse_count", new[] { 1f / memberOutputs.Count }) }, "ensemble.mean");
        g.AddNode("Log", new[] { "ensemble.mean" }, LogitsOutput);
    }

    /// <summary>
    /// The factorised output in float: log σ(z) for the rhythm class, log σ(−z) + LogSoftmax(joined) for the others
    /// (log σ(x) = −Softplus(−x)), exactly as <see cref="BeatMobileNet"/>'s forward pass.
    /// </summary>
    private void Output(string joined, string z, string output)
    {
        float[] rhythmMask = BeatMobileNet.RhythmMask(net.Options.ClassCount);
        float[] othersMask = rhythmMask.Select(m => 1 - m).ToArray();
        float[] minusRhythmMask = rhythmMask.Select(m => -m).ToArray();
        g.AddNode("LogSoftmax", new[] { joined }, N("out.log_softmax"), OnnxGraphBuilder.Int("axis", 1));
        g.AddNode("Softplus", new[] { z }, N("out.softplus_z"));
        g.AddNode("Sub", new[] { N("out.log_softmax"), N("out.softplus_z") }, N("out.others_all"));
        g.AddNode("Mul", new[] { N("out.others_all"), g.AddFloats(N("out.others_mask"), othersMask, othersMask.Length) }, N("out.others"));
        g.AddNode("Neg", new[] { z }, N("out.minus_z"));
        g.AddNode("Softplus", new[] { N("out.minus_z") }, N("out.softplus_minus_z"));
        g.AddNode("Mul", new[] { N("out.softplus_minus_z"), g.AddFloats(N("out.rhythm_mask"), minusRhythmMask, minusRhythmMask.Length) }, N("out.rhythm"));
        g.AddNode("Add", new[] { N("out.others"), N("out.rhythm") }, output);
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
    private string DequantizeAgain(string dequantized, string consumer = "shortcut")
    {
        string tensor = dequantized[..^".dq".Length];
        return g.AddNode("DequantizeLinear", new[] { tensor + ".q", tensor + ".q_scale", tensor + ".q_zero" }, tensor + ".dq_" + consumer);
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
        int at = dequantizedInput.LastIndexOf(".dq", StringComparison.Ordinal);
        if (at <= 0 || (at + 3 != dequantizedInput.Length && dequantizedInput[at + 3] != '_'))
            throw new InvalidOperationException($"{dequantizedInput} is not a dequantised activation");
        string tensor = dequantizedInput[..at];
        string logical = tensor == N("flat") ? N("pool") : tensor;
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
