using TorchSharp;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Scalars handed to TorchSharp explicitly. TorchSharp 0.107 turns a C# number into a <see cref="Scalar"/> implicitly
/// (also the alpha = 1 hidden in <c>a + b</c>) and passes only its native handle to libtorch; the
/// managed object is then unreachable, and if the garbage collector finalises it during the native call libtorch reads
/// a freed scalar (seen once in CI: "Expected false to be true ... toFloat" from <c>Tensor + Tensor</c> in the forward
/// pass). A scalar that stays referenced for the whole call cannot be freed: the constant here, or a <c>using</c> local.
/// </summary>
internal static class TorchScalars
{
    /// <summary>1, for the alpha of <c>add</c>; referenced by this field for the life of the process.</summary>
    internal static readonly Scalar One = 1;

    /// <summary>
    /// Makes a batch normalisation that cannot hit the race inside TorchSharp: its <c>forward</c> counts batches with
    /// <c>num_batches_tracked.add_(1)</c>, an implicit scalar we cannot keep alive (seen in a cv run: "For integral input
    /// tensors, argument alpha must not be a floating point number" from <c>BatchNorm.forward</c>). The counter only
    /// matters when momentum is 0 (cumulative average); with the fixed momentum checked here the running statistics are
    /// the same without it, so the buffer is removed.
    /// </summary>
    /// <typeparam name="T">Batch normalisation type.</typeparam>
    /// <param name="bn">A freshly made batch normalisation with a non-zero momentum.</param>
    internal static T WithoutBatchCounter<T>(T bn) where T : TorchSharp.Modules.BatchNorm
    {
        if (bn.momentum is not > 0)
            throw new System.ArgumentException($"batch normalisation momentum {bn.momentum} needs the batch counter", nameof(bn));
        bn.num_batches_tracked = null;
        return bn;
    }
}
