using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// In-place radix-2 decimation-in-time complex FFT on 32-bit integer data with Q15 twiddles, for lengths
/// 2..128 (powers of two).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> <c>X[k] = Σ x[n]·e^(−2πikn/M)</c>, unnormalized: the output has the input's units.</para>
/// <para><b>Scaling and overflow.</b> Unlike CMSIS <c>arm_cfft_q15</c> (which halves at every stage) no stage
/// down-scales: each of the log2(M) stages may grow magnitudes by one bit, so the caller keeps
/// |Re x|, |Im x| ≤ 2^(30 − log2 M) − 1 and then no intermediate or output value can overflow 32 bits.
/// Butterflies: 32-bit data × 1.15 twiddle → 64-bit product, sums of two products in 64 bits, shifted right by 15
/// with round-half-up to 32 bits; the twiddles 1 and −i are applied exactly, without multiplication.
/// Twiddles come from <see cref="CosineTableQ15"/> (stride 128/M).</para>
/// <para>The stages of size 2 and 4 (twiddles 1 and −i) run as one radix-4 pass of exact sums.
/// Allocation-free after construction (bit-reversal table built once).</para>
/// </remarks>
public sealed class ComplexFftQ15
{
    private readonly int length;
    private readonly int log2Length;
    private readonly short[] bitReversed;

    /// <summary>Prepares a transform of the given length.</summary>
    /// <param name="length">M: a power of two from 2 to 128.</param>
    /// <exception cref="ArgumentOutOfRangeException">The length is not a power of two in [2, 128].</exception>
    public ComplexFftQ15(int length)
    {
        if (length < 2 || length > CosineTableQ15.Period || (length & (length - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Complex FFT length must be a power of two from 2 to 128.");
        }

        this.length = length;
        while ((1 << log2Length) < length)
        {
            log2Length++;
        }

        bitReversed = new short[length];
        for (int i = 0; i < length; i++)
        {
            int r = 0;
            for (int b = 0; b < log2Length; b++)
            {
                r |= ((i >> b) & 1) << (log2Length - 1 - b);
            }

            bitReversed[i] = (short)r;
        }
    }

    /// <summary>The transform length M.</summary>
    public int Length => length;

    /// <summary>The position of element <paramref name="index"/> in bit-reversed order (for callers that fill the
    /// input of <see cref="ForwardBitReversed"/> directly).</summary>
    /// <param name="index">0..M − 1.</param>
    public int BitReversedIndex(int index) => bitReversed[index];

    /// <summary>Transforms M complex values in place (natural order in and out).</summary>
    /// <param name="re">Real parts; elements <c>offset .. offset + M − 1</c> are read and overwritten.</param>
    /// <param name="im">Imaginary parts, same layout.</param>
    /// <param name="offset">Index of the first element.</param>
    public void Forward(int[] re, int[] im, int offset)
    {
        for (int i = 0; i < length; i++)
        {
            int j = bitReversed[i];
            if (j > i)
            {
                int a = offset + i;
                int b = offset + j;
                int t = re[a]; re[a] = re[b]; re[b] = t;
                t = im[a]; im[a] = im[b]; im[b] = t;
            }
        }

        ForwardBitReversed(re, im, offset);
    }

    /// <summary>Transforms M complex values in place whose input is already in bit-reversed order
    /// (element n stored at <see cref="BitReversedIndex"/>(n)); the output is in natural order.</summary>
    /// <param name="re">Real parts; elements <c>offset .. offset + M − 1</c> are read and overwritten.</param>
    /// <param name="im">Imaginary parts, same layout.</param>
    /// <param name="offset">Index of the first element.</param>
    public void ForwardBitReversed(int[] re, int[] im, int offset)
    {
        int end = offset + length;
        if (length == 2)
        {
            Butterfly2(re, im, offset);
            return;
        }

        // Stages of size 2 and 4 together: their twiddles are 1 and −i, so they are exact sums (radix-4 pass).
        for (int i = offset; i < end; i += 4)
        {
            int s0r = re[i] + re[i + 1], s0i = im[i] + im[i + 1];
            int d0r = re[i] - re[i + 1], d0i = im[i] - im[i + 1];
            int s1r = re[i + 2] + re[i + 3], s1i = im[i + 2] + im[i + 3];
            int d1r = re[i + 2] - re[i + 3], d1i = im[i + 2] - im[i + 3];
            re[i] = s0r + s1r;
            im[i] = s0i + s1i;
            re[i + 2] = s0r - s1r;
            im[i + 2] = s0i - s1i;

            // d1·(−i) = d1i − i·d1r.
            re[i + 1] = d0r + d1i;
            im[i + 1] = d0i - d1r;
            re[i + 3] = d0r - d1i;
            im[i + 3] = d0i + d1r;
        }

        for (int size = 8; size <= length; size <<= 1)
        {
            int half = size >> 1;
            int stride = CosineTableQ15.Period / size;
            for (int j = 0; j < half; j++)
            {
                if (j == 0)
                {
                    // W = 1.
                    for (int i = offset; i < end; i += size)
                    {
                        int b = i + half;
                        int tr = re[b];
                        int ti = im[b];
                        re[b] = re[i] - tr;
                        im[b] = im[i] - ti;
                        re[i] += tr;
                        im[i] += ti;
                    }

                    continue;
                }

                if (4 * j == size)
                {
                    // W = −i: (re + i·im)·(−i) = im − i·re.
                    for (int i = offset + j; i < end; i += size)
                    {
                        int b = i + half;
                        int tr = im[b];
                        int ti = -re[b];
                        re[b] = re[i] - tr;
                        im[b] = im[i] - ti;
                        re[i] += tr;
                        im[i] += ti;
                    }

                    continue;
                }

                long wr = CosineTableQ15.Cos(j * stride);
                long wi = -CosineTableQ15.Sin(j * stride);
                for (int i = offset + j; i < end; i += size)
                {
                    int b = i + half;
                    long br = re[b];
                    long bi = im[b];
                    int tr = (int)((br * wr - bi * wi + 16384) >> 15);
                    int ti = (int)((br * wi + bi * wr + 16384) >> 15);
                    re[b] = re[i] - tr;
                    im[b] = im[i] - ti;
                    re[i] += tr;
                    im[i] += ti;
                }
            }
        }
    }

    private static void Butterfly2(int[] re, int[] im, int i)
    {
        int tr = re[i + 1];
        int ti = im[i + 1];
        re[i + 1] = re[i] - tr;
        im[i + 1] = im[i] - ti;
        re[i] += tr;
        im[i] += ti;
    }
}
