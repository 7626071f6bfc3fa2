using System;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// Band-limited rational resampling in double precision (windowed-sinc polyphase), used to present a
/// recording at any ADS1292R data rate as if it were the analog input.
/// </summary>
/// <remarks>
/// This models the analog world, not the device's fixed-point chain (which has its own Q15 resamplers in
/// EdgeEcg.Dsp): output n is Σ x[k]·h(n·M/L − k) with a Hann-windowed sinc whose cutoff is 0.95 × the lower
/// Nyquist frequency and whose half-width is 12 zero crossings. Samples outside the input are taken as the
/// nearest edge sample.
/// </remarks>
public static class RationalResampler
{
    private const int ZeroCrossings = 12;

    /// <summary>Resamples <paramref name="input"/> from <paramref name="fromHz"/> to <paramref name="toHz"/>.</summary>
    /// <param name="input">Input samples.</param>
    /// <param name="fromHz">Input rate (whole hertz).</param>
    /// <param name="toHz">Output rate (whole hertz).</param>
    /// <returns>floor(length × toHz / fromHz) samples; a copy of the input when the rates are equal.</returns>
    public static double[] Resample(double[] input, int fromHz, int toHz)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (fromHz <= 0 || toHz <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fromHz), "rates must be positive");
        }

        if (fromHz == toHz)
        {
            return (double[])input.Clone();
        }

        int g = Gcd(fromHz, toHz);
        int up = toHz / g;
        int down = fromHz / g;
        double cutoff = 0.95 * Math.Min(1.0, (double)toHz / fromHz);
        int halfWidth = (int)Math.Ceiling(ZeroCrossings / cutoff);
        double[][] phases = BuildPhases(up, cutoff, halfWidth);

        long outLength = input.LongLength * up / down;
        double[] output = new double[outLength];
        for (long n = 0; n < outLength; n++)
        {
            long num = n * down;
            long k0 = num / up;
            double[] h = phases[(int)(num % up)];
            double acc = 0;
            for (int j = 0; j < h.Length; j++)
            {
                long k = k0 - halfWidth + 1 + j;
                long idx = k < 0 ? 0 : k >= input.LongLength ? input.LongLength - 1 : k;
                acc += h[j] * input[idx];
            }

            output[n] = acc;
        }

        return output;
    }

    private static double[][] BuildPhases(int up, double cutoff, int halfWidth)
    {
        double[][] phases = new double[up][];
        for (int p = 0; p < up; p++)
        {
            double frac = (double)p / up;
            double[] h = new double[2 * halfWidth];
            double sum = 0;
            for (int j = 0; j < h.Length; j++)
            {
                double d = frac + halfWidth - 1 - j;
                double w = Math.Abs(d) >= halfWidth ? 0 : 0.5 + (0.5 * Math.Cos(Math.PI * d / halfWidth));
                double x = Math.PI * cutoff * d;
                h[j] = w * (Math.Abs(x) < 1e-12 ? 1.0 : Math.Sin(x) / x);
                sum += h[j];
            }

            for (int j = 0; j < h.Length; j++)
            {
                h[j] /= sum;
            }

            phases[p] = h;
        }

        return phases;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
