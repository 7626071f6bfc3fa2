namespace EdgeEcg.ModelTools.Training;

/// <summary>A convolution with batch normalisation folded in, as exported to ONNX.</summary>
/// <param name="Weights">Weights in ONNX layout [out, in/groups, k, k], row-major.</param>
/// <param name="Bias">Bias, one per output channel.</param>
/// <param name="OutChannels">Output channels.</param>
/// <param name="InChannelsPerGroup">Input channels per group.</param>
/// <param name="Kernel">Square kernel size.</param>
/// <param name="Stride">Stride.</param>
/// <param name="Padding">Padding on each side.</param>
/// <param name="Groups">Groups.</param>
/// <param name="Relu">Whether a ReLU follows.</param>
public sealed record FoldedConv(
    float[] Weights, float[] Bias, int OutChannels, int InChannelsPerGroup, int Kernel, int Stride, int Padding, int Groups, bool Relu);
