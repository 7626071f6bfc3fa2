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
}
