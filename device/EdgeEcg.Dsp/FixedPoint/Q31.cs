namespace EdgeEcg.Dsp.FixedPoint;

/// <summary>Q31 (1.31) fixed-point helpers: conversions, saturating arithmetic and rounding shifts.</summary>
/// <remarks>
/// <para><b>Scaling and overflow.</b> A Q31 value <c>q</c> represents <c>q / 2^31</c> in [-1, 1 - 2^-31].
/// Every operation here saturates to [<see cref="int.MinValue"/>, <see cref="int.MaxValue"/>] instead of
/// wrapping. Products are formed exactly in 64 bits (1.31 × 1.31 = 2.62) and rounded to nearest
/// (ties toward +∞) when shifted back to 1.31.</para>
/// </remarks>
public static class Q31
{
    /// <summary>The largest Q31 value (just under 1.0).</summary>
    public const int Max = int.MaxValue;

    /// <summary>The smallest Q31 value (-1.0).</summary>
    public const int Min = int.MinValue;

    /// <summary>The number of fractional bits, 31.</summary>
    public const int FractionalBits = 31;

    /// <summary>Saturates a 64-bit value to the 32-bit range.</summary>
    /// <param name="x">The value to saturate.</param>
    public static int Saturate(long x) => x > Max ? Max : x < Min ? Min : (int)x;

    /// <summary>Saturating addition.</summary>
    /// <param name="a">First addend.</param>
    /// <param name="b">Second addend.</param>
    public static int Add(int a, int b) => Saturate((long)a + b);

    /// <summary>Saturating subtraction <c>a - b</c>.</summary>
    /// <param name="a">Minuend.</param>
    /// <param name="b">Subtrahend.</param>
    public static int Subtract(int a, int b) => Saturate((long)a - b);

    /// <summary>Rounded, saturating Q31 product (only -1 × -1 saturates, to <see cref="Max"/>).</summary>
    /// <param name="a">First factor, Q31.</param>
    /// <param name="b">Second factor, Q31.</param>
    public static int Multiply(int a, int b) => Saturate((((long)a * b) + (1L << 30)) >> 31);

    /// <summary>
    /// Shifts a 64-bit accumulator right by <paramref name="shift"/> bits, rounding to nearest (ties toward
    /// +∞), and saturates the result to 32 bits. Does not overflow for any accumulator when
    /// <paramref name="shift"/> is at least 1.
    /// </summary>
    /// <param name="accumulator">The accumulator.</param>
    /// <param name="shift">The right shift, 1 to 62.</param>
    public static int ShiftRoundSaturate(long accumulator, int shift)
    {
        // (acc >> shift) + carry-out of the dropped bits: never overflows, unlike acc + half before shifting.
        long shifted = (accumulator >> shift) + ((accumulator >> (shift - 1)) & 1L);
        return Saturate(shifted);
    }

    /// <summary>
    /// Converts a real number to Q31, rounding to nearest (ties away from zero) and saturating.
    /// Not meant for hot paths; it is how tables and settings are quantized.
    /// </summary>
    /// <param name="value">The value, nominally in [-1, 1).</param>
    public static int FromDouble(double value)
    {
        double scaled = value * 2147483648.0;
        if (scaled >= Max)
        {
            return Max;
        }

        if (scaled <= Min)
        {
            return Min;
        }

        return (int)(scaled >= 0 ? (long)(scaled + 0.5) : -(long)(-scaled + 0.5));
    }

    /// <summary>Converts a Q31 value to a real number.</summary>
    /// <param name="q">The Q31 value.</param>
    public static double ToDouble(int q) => q / 2147483648.0;
}
