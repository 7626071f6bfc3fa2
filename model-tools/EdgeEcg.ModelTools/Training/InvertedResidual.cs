using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>MobileNetV2 inverted-residual block: 1×1 expansion, 3×3 depthwise, linear 1×1 projection, identity shortcut when shapes allow.</summary>
public sealed class InvertedResidual : nn.Module<Tensor, Tensor>
{
    private readonly ConvBn? expand;
    private readonly ConvBn depthwise;
    private readonly ConvBn project;

    /// <summary>Creates the block.</summary>
    /// <param name="name">Module name.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="stride">Depthwise stride (1 or 2).</param>
    /// <param name="expansion">Expansion factor t (1 = no expansion layer).</param>
    public InvertedResidual(string name, int inChannels, int outChannels, int stride, int expansion) : base(name)
    {
        int hidden = inChannels * expansion;
        if (expansion != 1)
            expand = new ConvBn("expand", inChannels, hidden, 1, 1, 1, relu: true);
        depthwise = new ConvBn("depthwise", hidden, hidden, 3, stride, hidden, relu: true);
        project = new ConvBn("project", hidden, outChannels, 1, 1, 1, relu: false);
        UsesShortcut = stride == 1 && inChannels == outChannels;
        RegisterComponents();
    }

    /// <summary>True when the input is added to the output (stride 1 and equal channel counts).</summary>
    public bool UsesShortcut { get; }

    /// <summary>The layers in execution order (expansion, depthwise, projection).</summary>
    public IReadOnlyList<ConvBn> Layers => expand is null ? new[] { depthwise, project } : new[] { expand, depthwise, project };

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Tensor x = input;
        foreach (ConvBn layer in Layers)
        {
            Tensor next = layer.forward(x);
            if (!ReferenceEquals(x, input))
                x.Dispose();
            x = next;
        }
        if (!UsesShortcut)
            return x;
        Tensor sum = x.add(input, TorchScalars.One); // explicit alpha: see TorchScalars
        x.Dispose();
        return sum;
    }
}
