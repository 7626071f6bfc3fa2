using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Convolution without bias, batch normalisation and an optional ReLU: the unit every MobileNet layer is made of.</summary>
/// <remarks>For export the batch normalisation is folded into the convolution (see <see cref="FoldedConv"/>).</remarks>
public sealed class ConvBn : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d bn;

    /// <summary>Creates the layer.</summary>
    /// <param name="name">Module name.</param>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="kernel">Square kernel size (1 or 3).</param>
    /// <param name="stride">Stride (1 or 2).</param>
    /// <param name="groups">Convolution groups (inChannels for a depthwise layer).</param>
    /// <param name="relu">Whether a ReLU follows (false for the linear bottleneck projection).</param>
    public ConvBn(string name, int inChannels, int outChannels, int kernel, int stride, int groups, bool relu) : base(name)
    {
        InChannels = inChannels;
        OutChannels = outChannels;
        Kernel = kernel;
        Stride = stride;
        Groups = groups;
        Relu = relu;
        conv = nn.Conv2d(inChannels, outChannels, kernel, stride: stride, padding: kernel / 2, groups: groups, bias: false);
        bn = TorchScalars.WithoutBatchCounter(nn.BatchNorm2d(outChannels));
        RegisterComponents();
    }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; }

    /// <summary>Square kernel size.</summary>
    public int Kernel { get; }

    /// <summary>Stride.</summary>
    public int Stride { get; }

    /// <summary>Convolution groups.</summary>
    public int Groups { get; }

    /// <summary>Whether a ReLU follows.</summary>
    public bool Relu { get; }

    /// <summary>Padding on each side (same padding for odd kernels).</summary>
    public int Padding => Kernel / 2;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        using Tensor c = conv.forward(input);
        Tensor y = bn.forward(c);
        if (!Relu)
            return y;
        Tensor r = nn.functional.relu(y);
        y.Dispose();
        return r;
    }

    /// <summary>The convolution with the batch normalisation folded in (inference statistics).</summary>
    public FoldedConv Fold()
    {
        using var _ = no_grad();
        Tensor w = conv.weight!;
        Tensor gamma = bn.weight!;
        Tensor beta = bn.bias!;
        Tensor mean = bn.running_mean!;
        Tensor var = bn.running_var!;
        using Scalar eps = bn.eps; // explicit scalars: see TorchScalars
        using Tensor scale = gamma / var.add(eps).sqrt();
        using Tensor wf = w * scale.reshape(-1, 1, 1, 1);
        using Tensor bf = beta.sub(mean * scale);
        return new FoldedConv(
            wf.contiguous().to_type(ScalarType.Float32).data<float>().ToArray(),
            bf.contiguous().to_type(ScalarType.Float32).data<float>().ToArray(),
            OutChannels, InChannels / Groups, Kernel, Stride, Padding, Groups, Relu);
    }
}
