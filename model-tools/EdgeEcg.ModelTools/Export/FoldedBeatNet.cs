using System;
using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Export;

/// <summary>One inverted-residual block with batch normalisation folded in.</summary>
/// <param name="Layers">Expansion (optional), depthwise and projection convolutions.</param>
/// <param name="Shortcut">Whether the block input is added to its output.</param>
public sealed record FoldedBlock(IReadOnlyList<FoldedConv> Layers, bool Shortcut);

/// <summary>
/// The trained network as plain arrays, batch normalisation folded into the convolutions: what both ONNX exporters
/// (FP32 and INT8 QDQ) consume, independent of TorchSharp.
/// </summary>
/// <param name="Options">Network shape.</param>
/// <param name="Stem">Stem convolution.</param>
/// <param name="Blocks">Inverted-residual blocks.</param>
/// <param name="Head">1×1 head convolution.</param>
/// <param name="RrNorm">The beat features' batch normalisation as a per-feature affine map.</param>
/// <param name="Hidden">Hidden fully connected layer (after joining the RR features).</param>
/// <param name="Classifier">Output layer of the joined path; its rhythm-class row has zero weights and bias <see cref="BeatMobileNet.ExcludedLogit"/>.</param>
/// <param name="RhythmHidden">Hidden layer of the rhythm-only path.</param>
/// <param name="RhythmClassifier">Output layer of the rhythm-only path (one logit z, P(S) = σ(z)).</param>
public sealed record FoldedBeatNet(BeatNetOptions Options, FoldedConv Stem, IReadOnlyList<FoldedBlock> Blocks, FoldedConv Head,
    FoldedAffine RrNorm, FoldedLinear Hidden, FoldedLinear Classifier, FoldedLinear RhythmHidden, FoldedLinear RhythmClassifier)
{
    /// <summary>Folds a trained TorchSharp network (its batch-norm running statistics are used).</summary>
    /// <param name="net">The network.</param>
    public static FoldedBeatNet From(BeatMobileNet net)
    {
        net.eval();
        var blocks = net.Blocks.Select(b => new FoldedBlock(b.Layers.Select(l => l.Fold()).ToArray(), b.UsesShortcut)).ToArray();
        return new FoldedBeatNet(net.Options, net.Stem.Fold(), blocks, net.Head.Fold(),
            Affine(net.RrNorm), Linear(net.Hidden, relu: true), ExcludeRhythmClass(Linear(net.Classifier, relu: false)),
            Linear(net.RhythmHidden, relu: true), Linear(net.RhythmClassifier, relu: false));
    }

    /// <summary>Folds the forward pass's mask into the joined output layer: the rhythm-class row gives a constant <see cref="BeatMobileNet.ExcludedLogit"/>.</summary>
    private static FoldedLinear ExcludeRhythmClass(FoldedLinear layer)
    {
        int o = BeatMobileNet.RhythmClass;
        Array.Clear(layer.Weights, o * layer.In, layer.In);
        layer.Bias[o] = BeatMobileNet.ExcludedLogit;
        return layer;
    }

    private static FoldedAffine Affine(BatchNorm1d bn)
    {
        using var _ = no_grad();
        float[] mean = bn.running_mean!.contiguous().data<float>().ToArray();
        float[] variance = bn.running_var!.contiguous().data<float>().ToArray();
        float[] gamma = bn.weight!.contiguous().data<float>().ToArray();
        float[] beta = bn.bias!.contiguous().data<float>().ToArray();
        var scale = new float[mean.Length];
        var shift = new float[mean.Length];
        for (int i = 0; i < mean.Length; i++)
        {
            scale[i] = (float)(gamma[i] / Math.Sqrt(variance[i] + bn.eps));
            shift[i] = beta[i] - mean[i] * scale[i];
        }
        return new FoldedAffine(scale, shift);
    }

    private static FoldedLinear Linear(Linear layer, bool relu)
    {
        using var _ = no_grad();
        float[] w = layer.weight!.contiguous().data<float>().ToArray();
        float[] b = layer.bias!.contiguous().data<float>().ToArray();
        return new FoldedLinear(w, b, (int)layer.weight.shape[0], (int)layer.weight.shape[1], relu);
    }
}
