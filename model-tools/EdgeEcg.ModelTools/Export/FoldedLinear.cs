namespace EdgeEcg.ModelTools.Export;

/// <summary>A fully connected layer as exported: y = x·Wᵀ + b.</summary>
/// <param name="Weights">Weights [Out, In], row-major.</param>
/// <param name="Bias">Bias [Out].</param>
/// <param name="Out">Output features.</param>
/// <param name="In">Input features.</param>
/// <param name="Relu">Whether a ReLU follows.</param>
public sealed record FoldedLinear(float[] Weights, float[] Bias, int Out, int In, bool Relu);
