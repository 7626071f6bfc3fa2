using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Filters;

/// <summary>
/// A cascade of second-order IIR sections in Direct Form I, Q31 samples and coefficients, 64-bit
/// accumulator and first-order error feedback (the C# counterpart of CMSIS-DSP
/// <c>arm_biquad_cascade_df1_q31</c>, plus the fraction saving CMSIS leaves out).
/// </summary>
/// <remarks>
/// <para>Each stage computes <c>y[n] = b0·x[n] + b1·x[n-1] + b2·x[n-2] + a1·y[n-1] + a2·y[n-2]</c>, feedback
/// coefficients stored <b>negated</b> as in CMSIS.</para>
/// <para><b>Coefficient layout.</b> Five Q31 values per stage, <c>{b0, b1, b2, a1, a2}</c> (CMSIS q31 layout),
/// scaled by <c>2^-postShift</c>; <c>postShift = 1</c> represents every stable second-order section
/// (|a1| &lt; 2) with 30 fractional bits, which places poles within about 1e-9 of the design.</para>
/// <para><b>State layout.</b> Five 32-bit values per stage, <c>{x[n-1], x[n-2], y[n-1], y[n-2], e[n-1]}</c>,
/// owned by the instance and cleared by <see cref="Reset"/>; <c>e</c> is the fraction the last output
/// dropped.</para>
/// <para><b>Scaling and overflow.</b> Input and output are 1.31. The five 1.(31 − postShift) × 1.31 products
/// and the previous dropped fraction are summed in a 64-bit accumulator (2.62 after the post-shift),
/// shifted right by <c>31 - postShift</c> (floor) and saturated to 1.31 at the output of every stage, so
/// the output never wraps.
/// Partial sums may wrap, but two's-complement wrap-around cancels: the accumulator is exact whenever the
/// stage's true output is below 2^postShift in magnitude (2.0 with postShift 1), and outputs between 1.0
/// and that limit saturate. Beyond it the result would be wrong, so callers keep headroom: a stage's
/// output is bounded by its input bound times the L1 norm (Σ|h[n]|) of the cascade up to it.
/// <see cref="EcgFilterChain"/> maps int16 samples to 1.31 with 2 guard bits (full scale = ±0.25) and its
/// largest cumulative L1 norm is below 3, so no stage output reaches 0.75.</para>
/// <para><b>Error feedback.</b> The bits the shift drops are added back into the next accumulator (first-order
/// error feedback, "fraction saving": J. Dattorro, "The implementation of recursive digital filters for
/// high-fidelity audio", J. Audio Eng. Soc. 36(11), 1988). The quantization error then reaches the output
/// through (1 − z^-1)/A(z) instead of 1/A(z): it has a zero at DC exactly where poles near z = 1 (a 0.5 Hz
/// high-pass, 1/A(1) ≈ 2.5·10^4 at 500 Hz) would amplify it, removing the DC dead band and bias that plain
/// rounding leaves (measured: a DC input left the 500 Hz high-pass stuck 0.79 output LSB off zero
/// without it, within 0.05 LSB with it).</para>
/// </remarks>
public sealed class BiquadCascadeQ31
{
    /// <summary>Number of Q31 coefficients per stage in the layout <c>{b0, b1, b2, a1, a2}</c>.</summary>
    public const int CoefficientsPerStage = 5;

    private const int StatePerStage = 5;

    private readonly int[] _coefficients;
    private readonly int[] _state;
    private readonly int _stageCount;
    private readonly int _shift;

    /// <summary>Creates a cascade; the coefficients are copied.</summary>
    /// <param name="coefficients">Five Q31 values per stage, <c>{b0, b1, b2, a1, a2}</c>, scaled by <c>2^-postShift</c>.</param>
    /// <param name="postShift">Left shift applied to every stage's accumulator, 0 to 30.</param>
    public BiquadCascadeQ31(int[] coefficients, int postShift)
    {
        if (coefficients == null)
        {
            throw new ArgumentNullException(nameof(coefficients));
        }

        if (coefficients.Length == 0 || coefficients.Length % CoefficientsPerStage != 0)
        {
            throw new ArgumentException(
                "coefficients must hold a positive multiple of 5 values {b0, b1, b2, a1, a2}; got " + coefficients.Length + ".",
                nameof(coefficients));
        }

        if (postShift < 0 || postShift > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(postShift), "postShift must be in 0..30.");
        }

        _stageCount = coefficients.Length / CoefficientsPerStage;
        _coefficients = new int[coefficients.Length];
        Array.Copy(coefficients, _coefficients, coefficients.Length);
        _state = new int[_stageCount * StatePerStage];
        _shift = 31 - postShift;
        PostShift = postShift;
    }

    /// <summary>The number of second-order stages.</summary>
    public int StageCount => _stageCount;

    /// <summary>The left shift applied to each stage's accumulator (coefficient scaling <c>2^-PostShift</c>).</summary>
    public int PostShift { get; }

    /// <summary>Filters one sample.</summary>
    /// <param name="x">The input sample, Q31.</param>
    /// <returns>The output sample, Q31.</returns>
    public int Process(int x)
    {
        int[] c = _coefficients;
        int[] s = _state;
        int shift = _shift;
        int input = x;
        for (int stage = 0, ci = 0, si = 0; stage < _stageCount; stage++, ci += CoefficientsPerStage, si += StatePerStage)
        {
            long acc = ((long)c[ci] * input)
                + ((long)c[ci + 1] * s[si])
                + ((long)c[ci + 2] * s[si + 1])
                + ((long)c[ci + 3] * s[si + 2])
                + ((long)c[ci + 4] * s[si + 3])
                + s[si + 4];
            long floor = acc >> shift;
            s[si + 4] = (int)(acc - (floor << shift)); // the dropped fraction, 0 ≤ e < 2^shift ≤ 2^31
            int output = Q31.Saturate(floor);
            s[si + 1] = s[si];
            s[si] = input;
            s[si + 3] = s[si + 2];
            s[si + 2] = output;
            input = output;
        }

        return input;
    }

    /// <summary>Filters a block; <paramref name="src"/> and <paramref name="dst"/> may be the same range.</summary>
    /// <param name="src">Input samples, Q31.</param>
    /// <param name="srcOffset">First input index.</param>
    /// <param name="dst">Output samples, Q31.</param>
    /// <param name="dstOffset">First output index.</param>
    /// <param name="count">Number of samples.</param>
    public void Process(int[] src, int srcOffset, int[] dst, int dstOffset, int count)
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
