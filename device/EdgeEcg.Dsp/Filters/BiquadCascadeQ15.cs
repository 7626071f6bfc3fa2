using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Filters;

/// <summary>
/// A cascade of second-order IIR sections in Direct Form I, Q15 samples and coefficients
/// (the C# counterpart of CMSIS-DSP <c>arm_biquad_cascade_df1_q15</c>).
/// </summary>
/// <remarks>
/// <para>Each stage computes <c>y[n] = b0·x[n] + b1·x[n-1] + b2·x[n-2] + a1·y[n-1] + a2·y[n-2]</c>: the
/// feedback coefficients are stored <b>negated</b> with respect to the usual <c>1 + a1·z^-1 + a2·z^-2</c>
/// denominator, as in CMSIS.</para>
/// <para><b>Coefficient layout.</b> Six Q15 values per stage, <c>{b0, 0, b1, b2, a1, a2}</c> (the zero is
/// CMSIS's SIMD padding), stages in processing order. Coefficients are the real coefficients scaled by
/// <c>2^-postShift</c>, so stages whose coefficients reach ±2 use <c>postShift = 1</c>.</para>
/// <para><b>State layout.</b> Four Q15 values per stage, <c>{x[n-1], x[n-2], y[n-1], y[n-2]}</c>, owned by
/// the instance and cleared by <see cref="Reset"/>.</para>
/// <para><b>Scaling and overflow.</b> Input and output are 1.15. The five 1.15 × 1.15 products (2.30) are
/// summed exactly in a 64-bit accumulator (34.30; five terms cannot overflow it), shifted right by
/// <c>15 - postShift</c> with round-to-nearest (CMSIS truncates; rounding removes its DC bias) and
/// saturated to 1.15 at the output of every stage, so full-scale input saturates and never wraps.
/// The state of each stage holds that saturated 1.15 output, so rounding noise enters every stage once
/// and is shaped by its poles: Q15 suits sections whose poles are well inside the unit circle (low-pass,
/// wide notches). It does not suit a 0.5 Hz high-pass at 250 or 500 Hz, whose poles lie within 0.01 of
/// z = 1: the recursive part amplifies rounding noise by 52.6 dB (250 Hz) and 61.6 dB (500 Hz), and at
/// 500 Hz the rounded b0 + b1 + b2 is no longer 0, which 1/A(1) ≈ 5·10^4 turns into a DC gain of 1.0 (the
/// "high-pass" passes baseline wander). Use <see cref="BiquadCascadeQ31"/> there, as
/// <see cref="EcgFilterChain"/> does.</para>
/// </remarks>
public sealed class BiquadCascadeQ15
{
    /// <summary>Number of Q15 coefficients per stage in the layout <c>{b0, 0, b1, b2, a1, a2}</c>.</summary>
    public const int CoefficientsPerStage = 6;

    private const int StatePerStage = 4;

    private readonly short[] _coefficients;
    private readonly short[] _state;
    private readonly int _stageCount;
    private readonly int _shift;

    /// <summary>Creates a cascade; the coefficients are copied.</summary>
    /// <param name="coefficients">Six Q15 values per stage, <c>{b0, 0, b1, b2, a1, a2}</c>, scaled by <c>2^-postShift</c>.</param>
    /// <param name="postShift">Left shift applied to every stage's accumulator, 0 to 14.</param>
    public BiquadCascadeQ15(short[] coefficients, int postShift)
    {
        if (coefficients == null)
        {
            throw new ArgumentNullException(nameof(coefficients));
        }

        if (coefficients.Length == 0 || coefficients.Length % CoefficientsPerStage != 0)
        {
            throw new ArgumentException(
                "coefficients must hold a positive multiple of 6 values {b0, 0, b1, b2, a1, a2}; got " + coefficients.Length + ".",
                nameof(coefficients));
        }

        if (postShift < 0 || postShift > 14)
        {
            throw new ArgumentOutOfRangeException(nameof(postShift), "postShift must be in 0..14.");
        }

        _stageCount = coefficients.Length / CoefficientsPerStage;
        _coefficients = new short[coefficients.Length];
        Array.Copy(coefficients, _coefficients, coefficients.Length);
        _state = new short[_stageCount * StatePerStage];
        _shift = 15 - postShift;
        PostShift = postShift;
    }

    /// <summary>The number of second-order stages.</summary>
    public int StageCount => _stageCount;

    /// <summary>The left shift applied to each stage's accumulator (coefficient scaling <c>2^-PostShift</c>).</summary>
    public int PostShift { get; }

    /// <summary>Filters one sample.</summary>
    /// <param name="x">The input sample, Q15.</param>
    /// <returns>The output sample, Q15.</returns>
    public short Process(short x)
    {
        short[] c = _coefficients;
        short[] s = _state;
        int shift = _shift;
        short input = x;
        for (int stage = 0, ci = 0, si = 0; stage < _stageCount; stage++, ci += CoefficientsPerStage, si += StatePerStage)
        {
            long acc = (long)(c[ci] * input)
                + (c[ci + 2] * s[si])
                + (c[ci + 3] * s[si + 1])
                + (c[ci + 4] * s[si + 2])
                + (long)(c[ci + 5] * s[si + 3]);
            short output = Q15.Saturate((acc >> shift) + ((acc >> (shift - 1)) & 1L));
            s[si + 1] = s[si];
            s[si] = input;
            s[si + 3] = s[si + 2];
            s[si + 2] = output;
            input = output;
        }

        return input;
    }

    /// <summary>Filters a block; <paramref name="src"/> and <paramref name="dst"/> may be the same range.</summary>
    /// <param name="src">Input samples, Q15.</param>
    /// <param name="srcOffset">First input index.</param>
    /// <param name="dst">Output samples, Q15.</param>
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

    /// <summary>Clears the state, as if the input had always been zero.</summary>
    public void Reset()
    {
        for (int i = 0; i < _state.Length; i++)
        {
            _state[i] = 0;
        }
    }
}
