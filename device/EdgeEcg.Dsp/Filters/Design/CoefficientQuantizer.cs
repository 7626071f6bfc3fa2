using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Filters.Design;

/// <summary>Quantizes double-precision sections to the CMSIS-style fixed-point layouts of the biquad kernels.</summary>
public static class CoefficientQuantizer
{
    /// <summary>
    /// Q31 layout for <see cref="BiquadCascadeQ31"/>: <c>{b0, b1, b2, -a1, -a2}</c> per section, each scaled by
    /// <c>2^-postShift</c> and rounded to nearest.
    /// </summary>
    /// <param name="sections">The sections, in processing order.</param>
    /// <param name="postShift">The kernel's post-shift; every scaled coefficient must lie in [-1, 1).</param>
    public static int[] ToQ31(BiquadSection[] sections, int postShift)
    {
        ArgumentNullException.ThrowIfNull(sections);
        double scale = Math.Pow(2, -postShift);
        var q = new int[sections.Length * BiquadCascadeQ31.CoefficientsPerStage];
        for (int i = 0; i < sections.Length; i++)
        {
            BiquadSection s = sections[i];
            double[] values = [s.B0, s.B1, s.B2, -s.A1, -s.A2];
            for (int k = 0; k < values.Length; k++)
            {
                q[(i * BiquadCascadeQ31.CoefficientsPerStage) + k] = Q31.FromDouble(CheckRange(values[k] * scale, i, postShift));
            }
        }

        return q;
    }

    /// <summary>
    /// Q15 layout for <see cref="BiquadCascadeQ15"/>: <c>{b0, 0, b1, b2, -a1, -a2}</c> per section, each scaled
    /// by <c>2^-postShift</c> and rounded to nearest.
    /// </summary>
    /// <param name="sections">The sections, in processing order.</param>
    /// <param name="postShift">The kernel's post-shift; every scaled coefficient must lie in [-1, 1).</param>
    public static short[] ToQ15(BiquadSection[] sections, int postShift)
    {
        ArgumentNullException.ThrowIfNull(sections);
        double scale = Math.Pow(2, -postShift);
        var q = new short[sections.Length * BiquadCascadeQ15.CoefficientsPerStage];
        for (int i = 0; i < sections.Length; i++)
        {
            BiquadSection s = sections[i];
            double[] values = [s.B0, 0, s.B1, s.B2, -s.A1, -s.A2];
            for (int k = 0; k < values.Length; k++)
            {
                q[(i * BiquadCascadeQ15.CoefficientsPerStage) + k] = Q15.FromDouble(CheckRange(values[k] * scale, i, postShift));
            }
        }

        return q;
    }

    private static double CheckRange(double scaled, int section, int postShift)
    {
        if (scaled < -1 || scaled >= 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(postShift), postShift, $"Section {section}: coefficient {scaled} × 2^{postShift} does not fit the fixed-point range; raise postShift.");
        }

        return scaled;
    }
}
