using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Cross-entropy with a weight per class and a weight per beat (see <see cref="PatientBalance"/>).</summary>
public static class WeightedCrossEntropy
{
    /// <summary>
    /// Σ s·w[y]·(−log softmax(x)_y) / Σ s·w[y]: with every beat weight s = 1 this is the weighted mean of
    /// <see cref="nn.CrossEntropyLoss"/> with class weights w, and a beat of weight 2 counts as that beat twice.
    /// </summary>
    /// <param name="logits">[n, classes].</param>
    /// <param name="target">[n] class indices (int64).</param>
    /// <param name="classWeights">[classes].</param>
    /// <param name="beatWeights">[n].</param>
    public static Tensor Compute(Tensor logits, Tensor target, Tensor classWeights, Tensor beatWeights)
    {
        using var scope = NewDisposeScope();
        Tensor perBeat = nn.functional.cross_entropy(logits, target, classWeights, reduction: nn.Reduction.None);
        Tensor norm = classWeights.index_select(0, target).mul(beatWeights).sum();
        return perBeat.mul(beatWeights).sum().div(norm).MoveToOuterDisposeScope();
    }
}
