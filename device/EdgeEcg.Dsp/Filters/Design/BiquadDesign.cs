using System;

namespace EdgeEcg.Dsp.Filters.Design;

/// <summary>
/// Second-order section designs by the bilinear transform with frequency prewarping (low- and high-pass from
/// R. Bristow-Johnson, "Cookbook formulae for audio EQ biquad filter coefficients"; the notch from Orfanidis),
/// and Butterworth cascades built from them.
/// </summary>
public static class BiquadDesign
{
    /// <summary>A second-order low-pass section with quality factor <paramref name="q"/> at <paramref name="cutoffHz"/>.</summary>
    /// <param name="cutoffHz">Corner frequency, Hz.</param>
    /// <param name="q">Quality factor (1/√2 for a second-order Butterworth).</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static BiquadSection LowPass(double cutoffHz, double q, double sampleRateHz)
    {
        (double cos, double alpha) = Prewarp(cutoffHz, q, sampleRateHz);
        double a0 = 1 + alpha;
        double b = (1 - cos) / 2;
        return new BiquadSection(b / a0, 2 * b / a0, b / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /// <summary>A second-order high-pass section with quality factor <paramref name="q"/> at <paramref name="cutoffHz"/>.</summary>
    /// <param name="cutoffHz">Corner frequency, Hz.</param>
    /// <param name="q">Quality factor (1/√2 for a second-order Butterworth).</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static BiquadSection HighPass(double cutoffHz, double q, double sampleRateHz)
    {
        (double cos, double alpha) = Prewarp(cutoffHz, q, sampleRateHz);
        double a0 = 1 + alpha;
        double b = (1 + cos) / 2;
        return new BiquadSection(b / a0, -2 * b / a0, b / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /// <summary>
    /// A notch at <paramref name="centerHz"/> whose digital −3 dB bandwidth is exactly <paramref name="bandwidthHz"/>
    /// (Orfanidis, <i>Introduction to Signal Processing</i>, §11.3.2; MATLAB <c>iirnotch</c>): the bandwidth is
    /// prewarped, so unlike the cookbook's Q form it does not shrink near fs/4.
    /// </summary>
    /// <param name="centerHz">Notch frequency, Hz.</param>
    /// <param name="bandwidthHz">−3 dB bandwidth, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static BiquadSection Notch(double centerHz, double bandwidthHz, double sampleRateHz)
    {
        if (!(centerHz > 0 && centerHz < sampleRateHz / 2))
        {
            throw new ArgumentOutOfRangeException(nameof(centerHz), centerHz, "Frequency must lie in (0, fs/2).");
        }

        if (!(bandwidthHz > 0 && bandwidthHz < sampleRateHz / 2))
        {
            throw new ArgumentOutOfRangeException(nameof(bandwidthHz), bandwidthHz, "Bandwidth must lie in (0, fs/2).");
        }

        double cos = Math.Cos(2 * Math.PI * centerHz / sampleRateHz);
        double gain = 1 / (1 + Math.Tan(Math.PI * bandwidthHz / sampleRateHz));
        return new BiquadSection(gain, -2 * gain * cos, gain, -2 * gain * cos, (2 * gain) - 1);
    }

    /// <summary>An even-order Butterworth low-pass as order/2 sections, lowest Q first.</summary>
    /// <param name="order">Filter order, a positive even number.</param>
    /// <param name="cutoffHz">-3 dB frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static BiquadSection[] ButterworthLowPass(int order, double cutoffHz, double sampleRateHz)
    {
        double[] qs = ButterworthQs(order);
        var sections = new BiquadSection[qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            sections[i] = LowPass(cutoffHz, qs[i], sampleRateHz);
        }

        return sections;
    }

    /// <summary>An even-order Butterworth high-pass as order/2 sections, lowest Q first.</summary>
    /// <param name="order">Filter order, a positive even number.</param>
    /// <param name="cutoffHz">-3 dB frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static BiquadSection[] ButterworthHighPass(int order, double cutoffHz, double sampleRateHz)
    {
        double[] qs = ButterworthQs(order);
        var sections = new BiquadSection[qs.Length];
        for (int i = 0; i < qs.Length; i++)
        {
            sections[i] = HighPass(cutoffHz, qs[i], sampleRateHz);
        }

        return sections;
    }

    /// <summary>The quality factors of the sections of an even-order Butterworth filter, ascending.</summary>
    /// <param name="order">Filter order, a positive even number.</param>
    public static double[] ButterworthQs(int order)
    {
        if (order <= 0 || order % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Butterworth order must be a positive even number.");
        }

        var qs = new double[order / 2];
        for (int k = 0; k < qs.Length; k++)
        {
            // Pole pair k (from the real axis outward): Q = 1 / (2 sin((2k+1)π / 2N)), largest Q first; reverse it.
            qs[qs.Length - 1 - k] = 1 / (2 * Math.Sin((2 * k + 1) * Math.PI / (2 * order)));
        }

        return qs;
    }

    private static (double Cos, double Alpha) Prewarp(double frequencyHz, double q, double sampleRateHz)
    {
        if (!(frequencyHz > 0 && frequencyHz < sampleRateHz / 2))
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyHz), frequencyHz, "Frequency must lie in (0, fs/2).");
        }

        if (!(q > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "Q must be positive.");
        }

        double w0 = 2 * Math.PI * frequencyHz / sampleRateHz;
        return (Math.Cos(w0), Math.Sin(w0) / (2 * q));
    }
}
