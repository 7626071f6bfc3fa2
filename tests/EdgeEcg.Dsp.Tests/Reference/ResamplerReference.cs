namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>
/// Textbook double-precision rational resampler: insert L−1 zeros, convolve with the prototype, keep every
/// M-th sample (no polyphase tricks), the reference for the fixed-point polyphase and half-band kernels.
/// </summary>
internal static class ResamplerReference
{
    /// <summary>Q15 taps as doubles (q / 32768).</summary>
    public static double[] Dequantize(short[] taps)
    {
        var h = new double[taps.Length];
        for (int i = 0; i < taps.Length; i++)
        {
            h[i] = taps[i] / 32768.0;
        }

        return h;
    }

    /// <summary>Output n = Σ_j h[j]·u[n·M + offset − j], where u is x upsampled by L (zeros inserted).</summary>
    public static double[] Resample(short[] x, double[] h, int up, int down, int outputCount, int upsampledOffset = 0)
    {
        var y = new double[outputCount];
        for (int n = 0; n < outputCount; n++)
        {
            long m = ((long)n * down) + upsampledOffset;
            double acc = 0;
            for (int j = 0; j < h.Length; j++)
            {
                long u = m - j;
                if (u >= 0 && u % up == 0 && u / up < x.Length)
                {
                    acc += h[j] * x[u / up];
                }
            }

            y[n] = acc;
        }

        return y;
    }
}
