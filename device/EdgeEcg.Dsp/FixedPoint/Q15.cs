namespace EdgeEcg.Dsp.FixedPoint;

/// <summary>Q15 (1.15) fixed-point helpers: conversions and saturating arithmetic.</summary>
/// <remarks>
/// <para><b>Scaling and overflow.</b> A Q15 value <c>q</c> represents <c>q / 32768</c> in [-1, 1 - 2^-15].
/// Every operation here saturates to [-32768, 32767] instead of wrapping.</para>
/// </remarks>
public static class Q15
{
    /// <summary>The largest Q15 value, 32767 (just under 1.0).</summary>
    public const short Max = 32767;

    /// <summary>The smallest Q15 value, -32768 (-1.0).</summary>
    public const short Min = -32768;

    /// <summary>Saturates a 32-bit value to the Q15 range.</summary>
    /// <param name="x">The value to saturate.</param>
    public static short Saturate(int x) => x > Max ? Max : x < Min ? Min : (short)x;
}
