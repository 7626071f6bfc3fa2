namespace EdgeEcg.Dsp.FixedPoint;

/// <summary>Q15 (1.15) fixed-point helpers: conversions and saturating arithmetic.</summary>
/// <remarks>
/// <para><b>Scaling and overflow.</b> A Q15 value <c>q</c> represents <c>q / 32768</c> in [-1, 1 - 2^-15].
/// Every operation here saturates to [-32768, 32767] instead of wrapping. Products are formed exactly in
/// 32 bits (1.15 × 1.15 = 2.30) and rounded to nearest (ties toward +∞) when shifted back to 1.15.</para>
/// </remarks>
public static class Q15
{
    /// <summary>The largest Q15 value, 32767 (just under 1.0).</summary>
    public const short Max = 32767;

    /// <summary>The smallest Q15 value, -32768 (-1.0).</summary>
    public const short Min = -32768;

    /// <summary>The number of fractional bits, 15.</summary>
    public const int FractionalBits = 15;

    /// <summary>Saturates a 32-bit value to the Q15 range.</summary>
    /// <param name="x">The value to saturate.</param>
    public static short Saturate(int x) => x > Max ? Max : x < Min ? Min : (short)x;

    /// <summary>Saturates a 64-bit value to the Q15 range.</summary>
    /// <param name="x">The value to saturate.</param>
    public static short Saturate(long x) => x > Max ? Max : x < Min ? Min : (short)x;

    /// <summary>Saturating addition.</summary>
    /// <param name="a">First addend.</param>
    /// <param name="b">Second addend.</param>
    public static short Add(short a, short b) => Saturate(a + b);

    /// <summary>Saturating subtraction <c>a - b</c>.</summary>
    /// <param name="a">Minuend.</param>
    /// <param name="b">Subtrahend.</param>
    public static short Subtract(short a, short b) => Saturate(a - b);

    /// <summary>Rounded, saturating Q15 product (only -1 × -1 saturates, to 32767).</summary>
    /// <param name="a">First factor, Q15.</param>
    /// <param name="b">Second factor, Q15.</param>
    public static short Multiply(short a, short b) => Saturate(((a * b) + (1 << 14)) >> 15);

    /// <summary>
    /// Converts a real number to Q15, rounding to nearest (ties away from zero) and saturating.
    /// Not meant for hot paths; it is how tables and settings are quantized.
    /// </summary>
    /// <param name="value">The value, nominally in [-1, 1).</param>
    public static short FromDouble(double value)
    {
        double scaled = value * 32768.0;
        if (scaled >= Max)
        {
            return Max;
        }

        if (scaled <= Min)
        {
            return Min;
        }

        return (short)(scaled >= 0 ? (int)(scaled + 0.5) : -(int)(-scaled + 0.5));
    }

    /// <summary>Converts a Q15 value to a real number.</summary>
    /// <param name="q">The Q15 value.</param>
    public static double ToDouble(short q) => q / 32768.0;
}
