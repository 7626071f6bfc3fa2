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
/// <param name="Hidden">Hidden fully connected layer (after joining the RR features).</param>
/// <param name="Classifier">Output layer.</param>
public sealed record FoldedBeatNet(BeatNetOptions Options, FoldedConv Stem, IReadOnlyList<FoldedBlock> Blocks, FoldedConv Head,
    FoldedLinear Hidden, FoldedLinear Classifier)
{
    /// <summary>Folds a trained TorchSharp network (its batch-norm running statistics are used).</summary>
    /// <param name="net">The network.</param>
    public static FoldedBeatNet From(BeatMobileNet net)
    {
        net.eval();
        var blocks = net.Blocks.Select(b => new FoldedBlock(b.Layers.Select(l => l.Fold()).ToArray(), b.UsesShortcut)).ToArray();
        return new FoldedBeatNet(net.Options, net.Stem.Fold(), blocks, net.Head.Fold(),
            Linear(net.Hidden, relu: true), Linear(net.Classifier, relu: false));
    }

    private static FoldedLinear Linear(Linear layer, bool relu)
    {
        using var _ = no_grad();
        float[] w = layer.weight!.contiguous().data<float>().ToArray();
        float[] b = layer.bias!.contiguous().data<float>().ToArray();
        return new FoldedLinear(w, b, (int)layer.weight.shape[0], (int)layer.weight.shape[1], relu);
    }
}
