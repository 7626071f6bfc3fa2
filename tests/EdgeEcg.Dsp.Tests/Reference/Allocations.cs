using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Counts managed bytes allocated on the current thread (a count, not a timing).</summary>
internal static class Allocations
{
    /// <summary>
    /// Bytes allocated while <paramref name="action"/> runs <paramref name="repetitions"/> times, after as many warm-up
    /// calls (JIT, tiering and static initialisation happen there). The runtime itself can allocate on the calling thread
    /// now and then (seen once: 2,784 bytes over 1,000 calls of <c>EcgFilterChain.Process</c> while another test run
    /// loaded both cores), so a non-zero count is measured a second time and the smaller one is returned: an allocation
    /// the code makes on every call shows in both.
    /// </summary>
    public static long Measure(Action action, int repetitions)
    {
        for (int i = 0; i < repetitions; i++)
        {
            action();
        }

        long first = Once(action, repetitions);
        return first == 0 ? 0 : Math.Min(first, Once(action, repetitions));
    }

    private static long Once(Action action, int repetitions)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < repetitions; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
