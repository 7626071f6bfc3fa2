using System;
using EdgeEcg.Dsp.Spectrogram;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

/// <summary>
/// The beat spectrogram in double precision, written from the definition in <see cref="SpectrogramSettings"/>
/// (periodic Hann from <c>Math.Cos</c>, direct DFT, <c>20·log10|X|</c> dB re 1 LSB, round to nearest, clamp),
/// sharing no code with the fixed-point implementation: the golden-vector source.
/// </summary>
internal static class ReferenceBeatSpectrogram
{
    /// <summary>The reference image, layout [freq][time].</summary>
    public static sbyte[] Compute(SpectrogramSettings s, short[] src, int windowStart)
    {
        var image = new sbyte[s.ImageLength];
        var cos = new double[s.FftLength];
        var sin = new double[s.FftLength];
        for (int m = 0; m < s.FftLength; m++)
        {
            cos[m] = Math.Cos(-2.0 * Math.PI * m / s.FftLength);
            sin[m] = Math.Sin(-2.0 * Math.PI * m / s.FftLength);
        }

        for (int t = 0; t < s.FrameCount; t++)
        {
            int start = windowStart + t * s.Hop;
            for (int k = 0; k < s.BinCount; k++)
            {
                double re = 0, im = 0;
                for (int n = 0; n < s.FrameLength; n++)
                {
                    double w = 0.5 * (1.0 - Math.Cos(2.0 * Math.PI * n / s.FrameLength));
                    int phase = k * n % s.FftLength;
                    re += src[start + n] * w * cos[phase];
                    im += src[start + n] * w * sin[phase];
                }

                image[k * s.FrameCount + t] = Quantize(s, Math.Sqrt(re * re + im * im));
            }
        }

        return image;
    }

    /// <summary>The int8 code of a magnitude (LSB), as the settings define it.</summary>
    public static sbyte Quantize(SpectrogramSettings s, double magnitude)
    {
        if (magnitude <= 0)
        {
            return -128;
        }

        double q = Math.Round(20.0 * Math.Log10(magnitude) / s.Scale, MidpointRounding.AwayFromZero) + s.ZeroPoint;
        return (sbyte)Math.Clamp(q, -128, 127);
    }
}
