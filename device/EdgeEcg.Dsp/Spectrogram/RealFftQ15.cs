using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// Real-input FFT of length N (a power of two from 4 to 128) on 32-bit integer data with Q15 twiddles:
/// an N/2-point <see cref="ComplexFftQ15"/> of the even/odd-packed input followed by the split step.
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> Bins k = 0..N/2 of <c>X[k] = Σ x[n]·e^(−2πikn/N)</c> (unnormalized; the other bins
/// are the conjugates). Packing <c>z[n] = x[2n] + i·x[2n+1]</c>, <c>Z = FFT_{N/2}(z)</c>, then
/// <c>X[k] = (Z[k] + Z*[N/2−k])/2 − i·e^(−2πik/N)·(Z[k] − Z*[N/2−k])/2</c>.</para>
/// <para><b>Scaling and overflow (per size).</b> No stage down-scales (unlike CMSIS <c>arm_rfft_q15</c>): the output is
/// the unnormalized DFT in the input's own units, with log2(N) bits of growth, so the input must leave that headroom
/// below 2^29. Twiddles are Q15; each twiddle product is 32-bit data × 1.15 in 64 bits, rounded half-up by a shift
/// of 15. The split step forms <c>2·X[k]</c> and halves it with round-half-up. Bins 0 and N/2, and the twiddles 1
/// and −i, are exact. Every intermediate stays below 2^30.5 in magnitude.</para>
/// <list type="table">
/// <listheader><term>N</term><description>input |x| at most → output |Re X|, |Im X| at most (growth, down-scaling)</description></listheader>
/// <item><term>16</term><description>2^25 → 2^29 (4 bits, 0 bits)</description></item>
/// <item><term>32</term><description>2^24 → 2^29 (5 bits, 0 bits)</description></item>
/// <item><term>64</term><description>2^23 → 2^29 (6 bits, 0 bits)</description></item>
/// <item><term>128</term><description>2^22 → 2^29 (7 bits, 0 bits); e.g. a Q15 frame with 7 extra fraction bits</description></item>
/// </list>
/// <para>Allocation-free after construction.</para>
/// </remarks>
public sealed class RealFftQ15
{
    private readonly int length;
    private readonly int half;
    private readonly int stride;
    private readonly ComplexFftQ15 complexFft;
    private readonly int[] zr;
    private readonly int[] zi;

    /// <summary>Prepares a transform of the given length.</summary>
    /// <param name="length">N: a power of two from 4 to 128.</param>
    /// <exception cref="ArgumentOutOfRangeException">The length is not a power of two in [4, 128].</exception>
    public RealFftQ15(int length)
    {
        if (length < 4 || length > CosineTableQ15.Period || (length & (length - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Real FFT length must be a power of two from 4 to 128.");
        }

        this.length = length;
        half = length / 2;
        stride = CosineTableQ15.Period / length;
        complexFft = new ComplexFftQ15(half);
        zr = new int[half];
        zi = new int[half];
    }

    /// <summary>The transform length N.</summary>
    public int Length => length;

    /// <summary>The number of output bins, N/2 + 1.</summary>
    public int BinCount => half + 1;

    /// <summary>Transforms N real samples into bins 0..N/2.</summary>
    /// <param name="src">Input samples; elements <c>srcOffset .. srcOffset + N − 1</c> are read, not modified.</param>
    /// <param name="srcOffset">Index of the first input sample.</param>
    /// <param name="re">Receives Re X[k] at <c>dstOffset + k</c>, k = 0..N/2.</param>
    /// <param name="im">Receives Im X[k], same layout.</param>
    /// <param name="dstOffset">Index of bin 0 in <paramref name="re"/> and <paramref name="im"/>.</param>
    public void Forward(int[] src, int srcOffset, int[] re, int[] im, int dstOffset) =>
        Forward(src, srcOffset, re, im, dstOffset, half + 1);

    /// <summary>Transforms N real samples and writes only bins 0..<paramref name="binCount"/>−1 (the split step is
    /// skipped for the others; the values written are identical to those of the full transform).</summary>
    /// <param name="src">Input samples; elements <c>srcOffset .. srcOffset + N − 1</c> are read, not modified.</param>
    /// <param name="srcOffset">Index of the first input sample.</param>
    /// <param name="re">Receives Re X[k] at <c>dstOffset + k</c>, k = 0..binCount − 1.</param>
    /// <param name="im">Receives Im X[k], same layout.</param>
    /// <param name="dstOffset">Index of bin 0 in <paramref name="re"/> and <paramref name="im"/>.</param>
    /// <param name="binCount">Bins wanted, 1..N/2 + 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binCount"/> is outside 1..N/2 + 1.</exception>
    public void Forward(int[] src, int srcOffset, int[] re, int[] im, int dstOffset, int binCount)
    {
        if (binCount < 1 || binCount > half + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), "binCount must be 1..N/2 + 1.");
        }

        for (int n = 0; n < half; n++)
        {
            int p = complexFft.BitReversedIndex(n);
            zr[p] = src[srcOffset + 2 * n];
            zi[p] = src[srcOffset + 2 * n + 1];
        }

        complexFft.ForwardBitReversed(zr, zi, 0);

        re[dstOffset] = zr[0] + zi[0];
        im[dstOffset] = 0;
        if (binCount == half + 1)
        {
            re[dstOffset + half] = zr[0] - zi[0];
            im[dstOffset + half] = 0;
        }

        int last = binCount < half ? binCount : half;
        for (int k = 1; k < last; k++)
        {
            int ar = zr[k];
            int ai = zi[k];
            int br = zr[half - k];
            int bi = -zi[half - k];

            // 2·Fe = A + B and 2·Fo = −i·(A − B) = (Im(A − B), −Re(A − B)).
            int er = ar + br;
            int ei = ai + bi;
            long or = ai - bi;
            long oi = br - ar;

            long wr = CosineTableQ15.Cos(k * stride);
            long wi = -CosineTableQ15.Sin(k * stride);
            int tr = (int)((or * wr - oi * wi + 16384) >> 15);
            int ti = (int)((or * wi + oi * wr + 16384) >> 15);

            re[dstOffset + k] = (er + tr + 1) >> 1;
            im[dstOffset + k] = (ei + ti + 1) >> 1;
        }
    }
}
