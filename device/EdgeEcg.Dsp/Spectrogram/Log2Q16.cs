namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>Integer base-2 logarithm of a 64-bit unsigned value, in Q16 (16 fraction bits).</summary>
/// <remarks>
/// <para><b>Algorithm.</b> The integer part is the position of the leading one (found by a binary search
/// over shifts, no intrinsics). The value is normalized so that the leading one is bit 63; the next 6 bits
/// select a segment of a 65-entry table of <c>log2(1 + i/64)</c> (Q16, rounded from double precision and
/// embedded as constants) and the following 16 bits interpolate linearly within it.</para>
/// <para><b>Accuracy.</b> |error| ≤ 2^−14 in log2 units (linear-interpolation error ≤ 4.4·10^−5 plus table
/// rounding; tested against <c>Math.Log2</c>), i.e. ≤ 0.0002 dB.</para>
/// <para><b>Scaling and overflow.</b> Result in [0, 64·2^16) fits in 32 bits; <c>Of(0)</c> returns
/// <see cref="OfZero"/>.</para>
/// </remarks>
public static class Log2Q16
{
    /// <summary>The value returned for <c>log2(0)</c>: −64 in Q16, below any real result.</summary>
    public const int OfZero = -(64 << 16);

    private static readonly int[] Mantissa =
    {
        0, 1466, 2909, 4331, 5732, 7112, 8473, 9814,
        11136, 12440, 13727, 14996, 16248, 17484, 18704, 19909,
        21098, 22272, 23433, 24579, 25711, 26830, 27936, 29029,
        30109, 31178, 32234, 33279, 34312, 35334, 36346, 37346,
        38336, 39316, 40286, 41246, 42196, 43137, 44068, 44990,
        45904, 46809, 47705, 48593, 49472, 50344, 51207, 52063,
        52911, 53751, 54584, 55410, 56229, 57040, 57845, 58643,
        59434, 60219, 60997, 61769, 62534, 63294, 64047, 64794,
        65536,
    };

    /// <summary><c>log2(x)</c> in Q16, or <see cref="OfZero"/> when x = 0.</summary>
    /// <param name="x">The argument.</param>
    public static int Of(ulong x)
    {
        if (x == 0)
        {
            return OfZero;
        }

        int e = 0;
        ulong v = x;
        if (v >= 1UL << 32) { v >>= 32; e += 32; }
        if (v >= 1UL << 16) { v >>= 16; e += 16; }
        if (v >= 1UL << 8) { v >>= 8; e += 8; }
        if (v >= 1UL << 4) { v >>= 4; e += 4; }
        if (v >= 1UL << 2) { v >>= 2; e += 2; }
        if (v >= 1UL << 1) { e += 1; }

        ulong m = x << (63 - e);
        int segment = (int)((m >> 57) & 63);
        int fraction = (int)((m >> 41) & 0xFFFF);
        int lo = Mantissa[segment];
        int hi = Mantissa[segment + 1];
        return (e << 16) + lo + (((hi - lo) * fraction + 32768) >> 16);
    }
}
