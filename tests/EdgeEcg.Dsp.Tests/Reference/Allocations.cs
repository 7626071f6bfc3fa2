using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Counts managed bytes allocated on the current thread (a count, not a timing).</summary>
internal static class Allocations
{
    /// <summary>Bytes allocated while <paramref name="action"/> runs <paramref name="repetitions"/> times, after one warm-up call.</summary>
    public static long Measure(Action action, int repetitions)
    {
        action(); // JIT and static initialisation happen here, not in the measurement
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < repetitions; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
