using System;

namespace EdgeEcg.Dsp.Resampling.Design;

/// <summary>The Kaiser window and Kaiser's empirical formulas (Oppenheim &amp; Schafer, Discrete-Time Signal Processing, §7.5.3).</summary>
public static class KaiserWindow
{
    /// <summary>The window's shape parameter β for a stopband attenuation of <paramref name="attenuationDb"/>.</summary>
    /// <param name="attenuationDb">Stopband attenuation, dB (positive).</param>
    public static double Beta(double attenuationDb) =>
        attenuationDb > 50 ? 0.1102 * (attenuationDb - 8.7)
        : attenuationDb >= 21 ? (0.5842 * Math.Pow(attenuationDb - 21, 0.4)) + (0.07886 * (attenuationDb - 21))
        : 0;

    /// <summary>Kaiser's estimate of the transition width (Hz) that a length-<paramref name="length"/> filter reaches.</summary>
    /// <param name="attenuationDb">Stopband attenuation, dB.</param>
    /// <param name="length">Number of taps.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static double TransitionWidthHz(double attenuationDb, int length, double sampleRateHz) =>
        (attenuationDb - 8) / (2.285 * (length - 1)) * sampleRateHz / (2 * Math.PI);

    /// <summary>The window of <paramref name="length"/> points with shape <paramref name="beta"/>.</summary>
    /// <param name="length">Number of points, at least 1.</param>
    /// <param name="beta">Shape parameter β.</param>
    public static double[] Create(int length, double beta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var w = new double[length];
        double half = (length - 1) / 2.0;
        double norm = BesselI0(beta);
        for (int n = 0; n < length; n++)
        {
            double r = half == 0 ? 0 : (n - half) / half;
            w[n] = BesselI0(beta * Math.Sqrt(Math.Max(0, 1 - (r * r)))) / norm;
        }

        return w;
    }

    /// <summary>The modified Bessel function of the first kind, order 0, by its power series.</summary>
    /// <param name="x">The argument.</param>
    public static double BesselI0(double x)
    {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++)
        {
            term *= q / ((double)k * k);
            sum += term;
        }

        return sum;
    }
}
