using System;
using System.Collections.Generic;
using System.Numerics;

namespace EdgeEcg.Dsp.Filters.Design;

/// <summary>
/// The double-precision design of <see cref="EcgFilterChain"/>: the single source from which
/// <see cref="EcgFilterCoefficients"/> is generated (and checked by a test).
/// </summary>
/// <remarks>
/// Sections in processing order: baseline high-pass (2nd-order Butterworth, 0.5 Hz, the AHA monitoring
/// bandwidth's lower edge), mains notch (−3 dB bandwidth 4 Hz, so mains drifting ±0.5 Hz is still
/// attenuated by more than 18 dB), then a 4th-order Butterworth low-pass at 40 Hz (monitoring bandwidth; keeps the
/// QRS energy, 5–25 Hz, and drops EMG and the residual mains harmonics).
/// </remarks>
public static class EcgFilterDesign
{
    /// <summary>Baseline high-pass corner, Hz.</summary>
    public const double HighPassHz = 0.5;

    /// <summary>Baseline high-pass Butterworth order.</summary>
    public const int HighPassOrder = 2;

    /// <summary>Low-pass corner, Hz.</summary>
    public const double LowPassHz = 40;

    /// <summary>Low-pass Butterworth order.</summary>
    public const int LowPassOrder = 4;

    /// <summary>Mains notch -3 dB bandwidth, Hz.</summary>
    public const double NotchBandwidthHz = 4;

    /// <summary>The frequency at which <see cref="DelaySamples"/> evaluates the group delay (centre of QRS energy), Hz.</summary>
    public const double DelayReferenceHz = 10;

    /// <summary>Post-shift used for every quantized section (coefficients up to ±2).</summary>
    public const int PostShift = 1;

    /// <summary>The sections of the chain for a sampling rate and mains frequency, in processing order.</summary>
    /// <param name="sampleRateHz">250 or 500.</param>
    /// <param name="mains">The mains frequency to notch, or <see cref="MainsFrequency.None"/>.</param>
    public static BiquadSection[] Sections(int sampleRateHz, MainsFrequency mains)
    {
        if (sampleRateHz != 250 && sampleRateHz != 500)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "The ECG chain is designed for 250 or 500 Hz.");
        }

        var list = new List<BiquadSection>();
        list.AddRange(BiquadDesign.ButterworthHighPass(HighPassOrder, HighPassHz, sampleRateHz));
        if (mains != MainsFrequency.None)
        {
            list.Add(BiquadDesign.Notch((int)mains, NotchBandwidthHz, sampleRateHz));
        }

        list.AddRange(BiquadDesign.ButterworthLowPass(LowPassOrder, LowPassHz, sampleRateHz));
        return list.ToArray();
    }

    /// <summary>The complex response of a cascade of sections.</summary>
    /// <param name="sections">The sections.</param>
    /// <param name="frequencyHz">Frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static Complex Response(BiquadSection[] sections, double frequencyHz, double sampleRateHz)
    {
        ArgumentNullException.ThrowIfNull(sections);
        Complex h = Complex.One;
        foreach (BiquadSection s in sections)
        {
            h *= s.Response(frequencyHz, sampleRateHz);
        }

        return h;
    }

    /// <summary>Group delay of a cascade at <paramref name="frequencyHz"/>, in samples (central difference of the phase).</summary>
    /// <param name="sections">The sections.</param>
    /// <param name="frequencyHz">Frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public static double GroupDelay(BiquadSection[] sections, double frequencyHz, double sampleRateHz)
    {
        const double df = 1e-3;
        Complex lo = Response(sections, frequencyHz - df, sampleRateHz);
        Complex hi = Response(sections, frequencyHz + df, sampleRateHz);
        double dPhase = (hi / lo).Phase;
        double dOmega = 2 * Math.PI * 2 * df / sampleRateHz;
        return -dPhase / dOmega;
    }

    /// <summary>The chain's group delay at <see cref="DelayReferenceHz"/>, rounded to whole samples.</summary>
    /// <param name="sampleRateHz">250 or 500.</param>
    /// <param name="mains">The mains frequency to notch, or <see cref="MainsFrequency.None"/>.</param>
    public static int DelaySamples(int sampleRateHz, MainsFrequency mains) =>
        (int)Math.Round(GroupDelay(Sections(sampleRateHz, mains), DelayReferenceHz, sampleRateHz), MidpointRounding.AwayFromZero);
}
