using System;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

/// <summary>Direct O(N²) DFT in double precision: the reference the fixed-point FFTs are judged against.</summary>
internal static class ReferenceDft
{
    /// <summary><c>X[k] = Σ x[n]·e^(−2πikn/N)</c> for k = 0..N−1 of a complex input.</summary>
    public static void Forward(double[] xr, double[] xi, double[] outRe, double[] outIm)
    {
        int n = xr.Length;
        for (int k = 0; k < n; k++)
        {
            double sr = 0, si = 0;
            for (int j = 0; j < n; j++)
            {
                // Reduce k·j mod N first so the phase is exact.
                double phase = -2.0 * Math.PI * ((long)k * j % n) / n;
                double c = Math.Cos(phase), s = Math.Sin(phase);
                sr += xr[j] * c - xi[j] * s;
                si += xr[j] * s + xi[j] * c;
            }

            outRe[k] = sr;
            outIm[k] = si;
        }
    }

    /// <summary>SNR in dB of <paramref name="testRe"/>/<paramref name="testIm"/> against the reference, over the given count.</summary>
    public static double SnrDb(double[] refRe, double[] refIm, int[] testRe, int[] testIm, int count)
    {
        double signal = 0, noise = 0;
        for (int k = 0; k < count; k++)
        {
            signal += refRe[k] * refRe[k] + refIm[k] * refIm[k];
            double er = testRe[k] - refRe[k], ei = testIm[k] - refIm[k];
            noise += er * er + ei * ei;
        }

        return 10.0 * Math.Log10(signal / noise);
    }
}
