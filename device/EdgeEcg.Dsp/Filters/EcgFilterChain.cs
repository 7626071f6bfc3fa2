using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Filters;

/// <summary>
/// Cleans an ECG for monitoring: baseline-wander high-pass (0.5 Hz), mains notch (50 or 60 Hz) and
/// low-pass (40 Hz), in fixed point, streaming, one sample or one block at a time.
/// </summary>
/// <remarks>
/// <para>The design (Butterworth high-pass of order 2, notch of 4 Hz −3 dB bandwidth, Butterworth low-pass of
/// order 4) lives in <c>Filters/Design/EcgFilterDesign</c>; its quantized coefficients are the constants in
/// <see cref="EcgFilterCoefficients"/>.</para>
/// <para><b>Scaling and overflow.</b> Input and output are int16 in the canonical unit, 5 µV per LSB
/// (±163.8 mV full scale). Inside, every sample is shifted left by <see cref="InternalShift"/> = 14 into a
/// Q31 word: full scale maps to ±0.25. Two guard bits cover the worst case any input can produce: the
/// L1 norm of the cascade's impulse response up to any stage is below 3 (largest, 2.97, after the notch),
/// so no internal value reaches 0.75 and neither a stage nor its accumulator can saturate or wrap (a test
/// recomputes this bound from the design). The 14 fractional bits below the output LSB hold the rounding
/// noise of the 0.5 Hz poles (within 0.01 of z = 1) far below one output LSB. The output is rounded to
/// nearest and saturated to int16: the high-pass can swing to twice full scale (a full-scale step), and
/// that clips instead of wrapping.</para>
/// <para>Q31 is used for all sections rather than <see cref="BiquadCascadeQ15"/>: in Q15 the 0.5 Hz
/// high-pass amplifies its rounding noise by 50–60 dB and, at 500 Hz, loses its zero at DC (see the
/// remarks there). Measured against the double-precision design, the chain's output sits at the int16
/// rounding floor: no sample differs by more than 0.55 LSB (tests in EcgFilterChainAccuracyTests).</para>
/// </remarks>
public sealed class EcgFilterChain
{
    /// <summary>Left shift from the int16 input to the internal Q31 word (2 guard bits, 14 bits below the LSB).</summary>
    public const int InternalShift = 14;

    private readonly BiquadCascadeQ31 _cascade;

    private EcgFilterChain(int sampleRateHz, MainsFrequency mains)
    {
        _cascade = new BiquadCascadeQ31(EcgFilterCoefficients.Stages(sampleRateHz, mains), EcgFilterCoefficients.PostShift);
        SampleRateHz = sampleRateHz;
        Mains = mains;
        DelaySamples = EcgFilterCoefficients.DelaySamples(sampleRateHz, mains);
    }

    /// <summary>The sampling rate this chain is designed for, Hz.</summary>
    public int SampleRateHz { get; }

    /// <summary>The mains frequency notched out.</summary>
    public MainsFrequency Mains { get; }

    /// <summary>Approximate group delay in the QRS band (at 10 Hz), in samples: 3 at 250 Hz, 6 at 500 Hz.</summary>
    public int DelaySamples { get; }

    /// <summary>Creates a chain for a sampling rate and mains frequency.</summary>
    /// <param name="sampleRateHz">250 or 500.</param>
    /// <param name="mains">The mains frequency to notch, or <see cref="MainsFrequency.None"/>.</param>
    public static EcgFilterChain Create(int sampleRateHz, MainsFrequency mains)
    {
        if (sampleRateHz != 250 && sampleRateHz != 500)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), "EcgFilterChain supports 250 or 500 Hz; got " + sampleRateHz + ".");
        }

        if (mains != MainsFrequency.None && mains != MainsFrequency.Hz50 && mains != MainsFrequency.Hz60)
        {
            throw new ArgumentOutOfRangeException(nameof(mains), "Unknown mains frequency " + (int)mains + ".");
        }

        return new EcgFilterChain(sampleRateHz, mains);
    }

    /// <summary>Filters one sample.</summary>
    /// <param name="x">Input, 5 µV/LSB.</param>
    /// <returns>Output, 5 µV/LSB.</returns>
    public short Process(short x)
    {
        int y = _cascade.Process(x << InternalShift);
        return Q15.Saturate(((long)y + (1 << (InternalShift - 1))) >> InternalShift);
    }

    /// <summary>Filters a block; <paramref name="src"/> and <paramref name="dst"/> may be the same range.</summary>
    /// <param name="src">Input, 5 µV/LSB.</param>
    /// <param name="srcOffset">First input index.</param>
    /// <param name="dst">Output, 5 µV/LSB.</param>
    /// <param name="dstOffset">First output index.</param>
    /// <param name="count">Number of samples.</param>
    public void Process(short[] src, int srcOffset, short[] dst, int dstOffset, int count)
    {
        BlockArguments.CheckRange(src, srcOffset, count, nameof(src));
        BlockArguments.CheckRange(dst, dstOffset, count, nameof(dst));
        for (int i = 0; i < count; i++)
        {
            dst[dstOffset + i] = Process(src[srcOffset + i]);
        }
    }

    /// <summary>Clears all filter state, as if the input had always been zero.</summary>
    public void Reset() => _cascade.Reset();
}
