using System;

namespace EdgeEcg.Dsp.Resampling.Design;

/// <summary>Linear-phase low-pass FIR prototypes by the window method (ideal sinc response × Kaiser window).</summary>
public static class WindowedSinc
{
    /// <summary>
    /// A length-<paramref name="length"/> low-pass with cutoff <paramref name="cutoffHz"/> (the −6 dB point),
    /// DC gain <paramref name="gain"/>, Kaiser window for <paramref name="attenuationDb"/>.
    /// </summary>
    /// <param name="length">Number of taps (odd for an integer group delay).</param>
    /// <param name="cutoffHz">Cutoff, Hz.</param>
    /// <param name="sampleRateHz">The rate the filter runs at, Hz.</param>
    /// <param name="attenuationDb">Stopband attenuation the window is chosen for, dB.</param>
    /// <param name="gain">Nominal DC gain (the interpolation factor for an interpolator's prototype).</param>
    public static double[] LowPass(int length, double cutoffHz, double sampleRateHz, double attenuationDb, double gain)
    {
        double[] w = KaiserWindow.Create(length, KaiserWindow.Beta(attenuationDb));
        double fc = cutoffHz / sampleRateHz;
        double center = (length - 1) / 2.0;
        var h = new double[length];
        for (int n = 0; n < length; n++)
        {
            double t = n - center;
            double sinc = t == 0 ? 2 * fc : Math.Sin(2 * Math.PI * fc * t) / (Math.PI * t);
            h[n] = gain * sinc * w[n];
        }

        return h;
    }

    /// <summary>The frequency response magnitude of an FIR at <paramref name="frequencyHz"/>.</summary>
    /// <param name="taps">The taps.</param>
    /// <param name="frequencyHz">Frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static double Magnitude(double[] taps, double frequencyHz, double sampleRateHz)
    {
        ArgumentNullException.ThrowIfNull(taps);
        double re = 0;
        double im = 0;
        double w = 2 * Math.PI * frequencyHz / sampleRateHz;
        for (int n = 0; n < taps.Length; n++)
        {
            re += taps[n] * Math.Cos(w * n);
            im -= taps[n] * Math.Sin(w * n);
        }

        return Math.Sqrt((re * re) + (im * im));
    }
}
