using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Resampling.Design;

/// <summary>
/// The double-precision prototypes of <see cref="PolyphaseResamplerQ15"/> (360 → 250 Hz) and
/// <see cref="HalfbandDecimatorQ15"/> (500 → 250 Hz), and their Q15 quantization: the single source of
/// <see cref="ResamplerCoefficients"/> (a test checks the constants equal <see cref="QuantizeQ15"/> of these).
/// </summary>
/// <remarks>
/// Both keep 0–80 Hz (MIT-BIH's own analog band is 0.1–100 Hz; the chain low-passes at 40 Hz and the beat
/// spectrogram reads up to 60 Hz) and reject everything that would alias into 0–80 Hz at 250 Hz, i.e.
/// from 170 Hz up, by the Kaiser design's 80 dB (Q15 taps then set the floor). Lengths make the group
/// delay a whole number of 250 Hz samples, so output n stands for time (n − delay) / 250 s.
/// </remarks>
public static class ResamplerDesign
{
    /// <summary>Interpolation factor of 360 → 250 Hz.</summary>
    public const int UpFactor360To250 = 25;

    /// <summary>Decimation factor of 360 → 250 Hz.</summary>
    public const int DownFactor360To250 = 36;

    /// <summary>Taps of the 360 → 250 prototype at 9000 Hz: (505 − 1) / 2 = 252 = 7 × 36, a delay of 7 output samples.</summary>
    public const int Length360To250 = 505;

    /// <summary>Taps of the 500 → 250 half-band filter (4k + 3 so its end taps are non-zero).</summary>
    public const int LengthHalfband = 35;

    /// <summary>Cutoff (−6 dB point) of both prototypes, Hz: the midpoint of the 80 Hz passband and 170 Hz stopband edges.</summary>
    public const double CutoffHz = 125;

    /// <summary>Stopband attenuation the Kaiser windows are chosen for, dB.</summary>
    public const double AttenuationDb = 80;

    /// <summary>The 360 → 250 prototype at 360 × 25 = 9000 Hz, DC gain 25 (the interpolation factor).</summary>
    public static double[] Prototype360To250() =>
        WindowedSinc.LowPass(Length360To250, CutoffHz, 360.0 * UpFactor360To250, AttenuationDb, UpFactor360To250);

    /// <summary>The 500 → 250 half-band filter at 500 Hz, DC gain 1 (every second tap but the centre is exactly 0).</summary>
    public static double[] Halfband500To250()
    {
        double[] h = WindowedSinc.LowPass(LengthHalfband, CutoffHz, 500, AttenuationDb, 1);
        int center = LengthHalfband / 2;
        for (int n = 0; n < h.Length; n++)
        {
            if (n != center && (n - center) % 2 == 0)
            {
                h[n] = 0; // sin(π·k) of an even offset: exactly zero, not ~1e-17
            }
        }

        return h;
    }

    /// <summary>Rounds taps to Q15 (to nearest, saturating).</summary>
    /// <param name="taps">The taps, each in [-1, 1).</param>
    public static short[] QuantizeQ15(double[] taps)
    {
        ArgumentNullException.ThrowIfNull(taps);
        var q = new short[taps.Length];
        for (int i = 0; i < taps.Length; i++)
        {
            q[i] = Q15.FromDouble(taps[i]);
        }

        return q;
    }
}
