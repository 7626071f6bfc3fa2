using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// MobileNetV2-style beat classifier: a 1×32×32 spectrogram through a strided stem and inverted-residual blocks
/// (32→16→8→4 pixels), a 1×1 head and global average pooling; the RR features are concatenated with the pooled
/// features before a hidden fully connected layer and the class logits.
/// </summary>
public sealed class BeatMobileNet : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly ConvBn stem;
    private readonly ModuleList<InvertedResidual> blocks;
    private readonly ConvBn head;
    private readonly Linear hidden;
    private readonly Linear classifier;

    /// <summary>Creates the network with freshly initialised weights (seed them with <c>torch.manual_seed</c> first).</summary>
    /// <param name="options">Network shape.</param>
    public BeatMobileNet(BeatNetOptions options) : base(nameof(BeatMobileNet))
    {
        Options = options;
        int c0 = options.Channels(16);
        int c1 = options.Channels(16);
        int c2 = options.Channels(24);
        int c3 = options.Channels(32);
        int cHead = options.Channels(64);
        stem = new ConvBn("stem", 1, c0, 3, 2, 1, relu: true);
        blocks = nn.ModuleList(
            new InvertedResidual("b1", c0, c1, 1, 1),
            new InvertedResidual("b2", c1, c2, 2, options.Expansion),
            new InvertedResidual("b3", c2, c2, 1, options.Expansion),
            new InvertedResidual("b4", c2, c3, 2, options.Expansion),
            new InvertedResidual("b5", c3, c3, 1, options.Expansion));
        head = new ConvBn("head", c3, cHead, 1, 1, 1, relu: true);
        HeadChannels = cHead;
        hidden = nn.Linear(cHead + options.RrFeatureCount, options.HiddenUnits);
        classifier = nn.Linear(options.HiddenUnits, options.ClassCount);
        RegisterComponents();
    }

    /// <summary>Network shape.</summary>
    public BeatNetOptions Options { get; }

    /// <summary>Channels after the head convolution (pooled feature count).</summary>
    public int HeadChannels { get; }

    /// <summary>The stem convolution.</summary>
    public ConvBn Stem => stem;

    /// <summary>The inverted-residual blocks in order.</summary>
    public IList<InvertedResidual> Blocks => blocks;

    /// <summary>The 1×1 head convolution.</summary>
    public ConvBn Head => head;

    /// <summary>The hidden fully connected layer (after the join with the RR features).</summary>
    public Linear Hidden => hidden;

    /// <summary>The output layer (class logits).</summary>
    public Linear Classifier => classifier;

    /// <summary>Computes class logits.</summary>
    /// <param name="spectrogram">[N, 1, 32, 32] spectrogram, int8 values divided by 128.</param>
    /// <param name="rr">[N, RrFeatureCount] RR features.</param>
    public override Tensor forward(Tensor spectrogram, Tensor rr)
    {
        using var scope = NewDisposeScope();
        Tensor x = stem.forward(spectrogram);
        foreach (InvertedResidual block in blocks)
            x = block.forward(x);
        x = head.forward(x);
        x = nn.functional.adaptive_avg_pool2d(x, 1).flatten(1);
        x = cat(new[] { x, rr }, 1);
        x = nn.functional.relu(hidden.forward(x));
        return classifier.forward(x).MoveToOuterDisposeScope();
    }
}
