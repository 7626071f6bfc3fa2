using System;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Loss weights that counter class imbalance.</summary>
public static class ClassWeights
{
    /// <summary>
    /// Weight of class c = (total / (K · count_c))^power, clamped to [1/maxWeight, maxWeight]; absent classes get 0
    /// (they cannot contribute to the loss anyway).
    /// </summary>
    /// <param name="counts">Beats per class.</param>
    /// <param name="power">0 = unweighted, 1 = balanced.</param>
    /// <param name="maxWeight">Clamp bound (≥ 1).</param>
    public static float[] Compute(int[] counts, double power, double maxWeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeight, 1.0);
        long total = 0;
        int present = 0;
        foreach (int c in counts)
        {
            total += c;
            if (c > 0)
                present++;
        }
        var w = new float[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
                continue;
            double raw = Math.Pow((double)total / (present * (double)counts[i]), power);
            w[i] = (float)Math.Clamp(raw, 1.0 / maxWeight, maxWeight);
        }
        return w;
    }
}
