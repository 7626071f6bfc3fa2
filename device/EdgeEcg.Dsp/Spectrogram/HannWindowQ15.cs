using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// Periodic Hann window <c>w[n] = 0.5·(1 − cos(2πn/L))</c>, n = 0..L−1, in Q15, and its application to a frame
/// of 16-bit samples.
/// </summary>
/// <remarks>
/// <para>Periodic (the DFT-even form, as <c>scipy.signal.get_window("hann", L)</c>): the window of an STFT
/// with hop L/2 sums to a constant. Derived from <see cref="CosineTableQ15"/> as <c>(32769 − cos_q15) &gt;&gt; 1</c>
/// (taking cos(0) as exactly 32768 and saturating 1.0 to 32767), so L must be a power of two from 4 to 128;
/// |error| ≤ 0.75 LSB against <c>32768·w[n]</c> (tested).</para>
/// <para><b>Scaling and overflow.</b> Coefficients are Q15 in [0, 32767]. <see cref="Apply"/> multiplies a 1.15
/// sample by a 1.15 coefficient into a 2.30 product (exact in 32 bits, |p| &lt; 2^30), then shifts right by
/// <c>15 − upShiftBits</c> with round-half-up: the output carries <c>upShiftBits</c> extra fraction bits,
/// |y| ≤ 2^(15 + upShiftBits). No saturation is needed. <see cref="ApplyBlockFloat"/> instead normalizes each frame
/// to a fixed number of significant bits and returns its exponent.</para>
/// </remarks>
public sealed class HannWindowQ15
{
    /// <summary>The largest supported <c>upShiftBits</c> of <see cref="Apply"/>.</summary>
    public const int MaxUpShiftBits = 14;

    private readonly short[] coefficients;

    /// <summary>Builds the periodic Hann window of the given length.</summary>
    /// <param name="length">Window length L: a power of two from 4 to 128.</param>
    /// <exception cref="ArgumentOutOfRangeException">The length is not a power of two in [4, 128].</exception>
    public HannWindowQ15(int length)
    {
        if (length < 4 || length > CosineTableQ15.Period || (length & (length - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Hann window length must be a power of two from 4 to 128.");
        }

        coefficients = new short[length];
        int stride = CosineTableQ15.Period / length;
        for (int n = 0; n < length; n++)
        {
            int c = n == 0 ? 32768 : CosineTableQ15.Cos(n * stride);
            int w = (32768 - c + 1) >> 1;
            coefficients[n] = (short)(w > 32767 ? 32767 : w);
        }
    }

    /// <summary>The window length L.</summary>
    public int Length => coefficients.Length;

    /// <summary>The Q15 coefficient <c>w[n]</c>.</summary>
    /// <param name="n">Index 0..L−1.</param>
    public short this[int n] => coefficients[n];

    /// <summary>
    /// Windows L samples as a block-floating-point frame: the exact 2.30 products <c>p[i] = src[i]·w[i]</c> are shifted
    /// so that the largest magnitude has <paramref name="peakBits"/> bits, <c>dst[i] = round(p[i] / 2^e)</c> (an exact
    /// left shift when e &lt; 0), and the exponent e is returned: <c>src[i]·w[i]/32768 ≈ dst[i]·2^(e − 15)</c>.
    /// </summary>
    /// <remarks>
    /// <b>Scaling and overflow.</b> |p| &lt; 2^30 exactly in 32 bits; e = bitLength(max|p|) − peakBits, so
    /// |dst| ≤ 2^peakBits and, whatever the input level, the frame carries peakBits significant bits (an all-zero frame
    /// gives zeros). Rounding is half-up; the relative rounding error of the peak is below 2^−peakBits.
    /// </remarks>
    /// <param name="src">Input samples (any 16-bit scale, e.g. 5 µV/LSB).</param>
    /// <param name="srcOffset">Index of the first of L input samples.</param>
    /// <param name="dst">Output buffer (32-bit).</param>
    /// <param name="dstOffset">Index of the first of L outputs.</param>
    /// <param name="peakBits">Magnitude bits of the frame's peak, 1..30.</param>
    /// <returns>The block exponent e (from −peakBits to 30 − peakBits).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="peakBits"/> is outside 1..30.</exception>
    public int ApplyBlockFloat(short[] src, int srcOffset, int[] dst, int dstOffset, int peakBits)
    {
        if (peakBits < 1 || peakBits > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(peakBits), "peakBits must be 1..30.");
        }

        int length = coefficients.Length;
        int max = 0;
        for (int i = 0; i < length; i++)
        {
            int p = src[srcOffset + i] * coefficients[i];
            dst[dstOffset + i] = p;
            int magnitude = p < 0 ? -p : p;
            max = magnitude > max ? magnitude : max;
        }

        int bits = 0;
        while (bits < 31 && (max >> bits) != 0)
        {
            bits++;
        }

        int e = bits - peakBits;
        if (e > 0)
        {
            int half = 1 << (e - 1);
            for (int i = 0; i < length; i++)
            {
                dst[dstOffset + i] = (dst[dstOffset + i] + half) >> e;
            }
        }
        else if (e < 0)
        {
            for (int i = 0; i < length; i++)
            {
                dst[dstOffset + i] <<= -e;
            }
        }

        return e;
    }

    /// <summary>Windows L samples: <c>dst[i] = round(src[i]·w[i] / 2^(15 − upShiftBits))</c>.</summary>
    /// <param name="src">Input samples (any 16-bit scale, e.g. 5 µV/LSB).</param>
    /// <param name="srcOffset">Index of the first of L input samples.</param>
    /// <param name="dst">Output buffer (32-bit).</param>
    /// <param name="dstOffset">Index of the first of L outputs.</param>
    /// <param name="upShiftBits">Extra fraction bits kept, 0..<see cref="MaxUpShiftBits"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upShiftBits"/> is outside 0..14.</exception>
    public void Apply(short[] src, int srcOffset, int[] dst, int dstOffset, int upShiftBits)
    {
        if (upShiftBits < 0 || upShiftBits > MaxUpShiftBits)
        {
            throw new ArgumentOutOfRangeException(nameof(upShiftBits), "upShiftBits must be 0..14.");
        }

        int shift = 15 - upShiftBits;
        int half = 1 << (shift - 1);
        for (int i = 0; i < coefficients.Length; i++)
        {
            dst[dstOffset + i] = (src[srcOffset + i] * coefficients[i] + half) >> shift;
        }
    }
}
