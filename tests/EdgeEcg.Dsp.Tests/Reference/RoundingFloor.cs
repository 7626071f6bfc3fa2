using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>
/// The best agreement any int16 output can reach with a double-precision reference: that of the reference
/// itself rounded to int16. A fixed-point kernel that adds no error of its own sits at this floor.
/// </summary>
internal static class RoundingFloor
{
    /// <summary>SNR (dB) of <c>round(reference)</c> against <c>reference</c> over <c>[start, start + count)</c>.</summary>
    public static double SnrDb(double[] reference, int start, int count)
    {
        var rounded = new short[reference.Length];
        for (int i = 0; i < reference.Length; i++)
        {
            rounded[i] = (short)Math.Clamp(Math.Round(reference[i]), short.MinValue, short.MaxValue);
        }

        return ErrorMetrics.SnrDb(rounded, reference, start, count);
    }
}
