using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EdgeEcg.Benchmarks;

/// <summary>
/// A short job run in the host process: one launch, few iterations, and no rebuild of the solution in a child
/// project (this machine has 2 cores shared by several engineers, and a child build would also pick up other
/// people's work in progress).
/// </summary>
public sealed class ShortInProcessJobAttribute : JobConfigBaseAttribute
{
    /// <summary>Creates the job.</summary>
    /// <param name="warmupCount">Warm-up iterations.</param>
    /// <param name="iterationCount">Measured iterations.</param>
    public ShortInProcessJobAttribute(int warmupCount, int iterationCount)
        : base(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ShortInProcess"))
    {
    }
}
