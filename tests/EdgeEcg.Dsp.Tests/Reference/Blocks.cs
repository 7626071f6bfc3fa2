using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Irregular block sizes for streaming tests: 0, 1, primes and long runs, from a fixed seed.</summary>
internal static class Blocks
{
    public static int[] Sizes(int total, int seed)
    {
        var random = new Random(seed);
        int[] pattern = [0, 1, 2, 3, 7, 13, 36, 37, 101, 250, 999];
        var sizes = new System.Collections.Generic.List<int>();
        int sum = 0;
        while (sum < total)
        {
            int size = Math.Min(pattern[random.Next(pattern.Length)], total - sum);
            sizes.Add(size);
            sum += size;
        }

        return sizes.ToArray();
    }
}
