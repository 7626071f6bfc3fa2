using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Agreement between a fixed-point output and its double-precision reference.</summary>
internal static class ErrorMetrics
{
    /// <summary>10·log10(Σ ref² / Σ (out − ref)²) over <c>[start, start + count)</c>.</summary>
    public static double SnrDb(short[] actual, double[] reference, int start, int count)
    {
        double signal = 0;
        double noise = 0;
        for (int i = start; i < start + count; i++)
        {
            signal += reference[i] * reference[i];
            double e = actual[i] - reference[i];
            noise += e * e;
        }

        return 10 * Math.Log10(signal / noise);
    }

    /// <summary>The largest |out − ref| over <c>[start, start + count)</c>.</summary>
    public static double MaxAbsError(short[] actual, double[] reference, int start, int count)
    {
        double max = 0;
        for (int i = start; i < start + count; i++)
        {
            max = Math.Max(max, Math.Abs(actual[i] - reference[i]));
        }

        return max;
    }
}
