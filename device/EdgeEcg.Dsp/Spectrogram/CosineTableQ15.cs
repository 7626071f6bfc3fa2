namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// One period of the cosine, <c>cos(2πk/128)</c> for k = 0..127, in Q15: the twiddle factors of
/// <see cref="ComplexFftQ15"/> and <see cref="RealFftQ15"/> and the source of <see cref="HannWindowQ15"/>.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> <c>round(32768·cos(2πk/128))</c> computed once in double precision and embedded as
/// constants (no <c>System.Math</c> at run time, so the table is identical on every platform);
/// <c>+1.0</c> saturates to 32767. The tests compare every entry with <c>Math.Cos</c>.</para>
/// <para><b>Scaling and overflow.</b> Entries are Q15 (1.15); |error| ≤ 0.5 LSB except +1.0 (1 LSB, saturated).</para>
/// <para>The sine follows from <c>sin(2πk/128) = cos(2π(k − 32)/128)</c>, see <see cref="Sin"/>.</para>
/// </remarks>
public static class CosineTableQ15
{
    /// <summary>The number of entries in one period (128): the largest transform length the table serves.</summary>
    public const int Period = 128;

    private static readonly short[] Table =
    {
        32767, 32729, 32610, 32413, 32138, 31786, 31357, 30853,
        30274, 29622, 28899, 28106, 27246, 26320, 25330, 24279,
        23170, 22006, 20788, 19520, 18205, 16846, 15447, 14010,
        12540, 11039, 9512, 7962, 6393, 4808, 3212, 1608,
        0, -1608, -3212, -4808, -6393, -7962, -9512, -11039,
        -12540, -14010, -15447, -16846, -18205, -19520, -20788, -22006,
        -23170, -24279, -25330, -26320, -27246, -28106, -28899, -29622,
        -30274, -30853, -31357, -31786, -32138, -32413, -32610, -32729,
        -32768, -32729, -32610, -32413, -32138, -31786, -31357, -30853,
        -30274, -29622, -28899, -28106, -27246, -26320, -25330, -24279,
        -23170, -22006, -20788, -19520, -18205, -16846, -15447, -14010,
        -12540, -11039, -9512, -7962, -6393, -4808, -3212, -1608,
        0, 1608, 3212, 4808, 6393, 7962, 9512, 11039,
        12540, 14010, 15447, 16846, 18205, 19520, 20788, 22006,
        23170, 24279, 25330, 26320, 27246, 28106, 28899, 29622,
        30274, 30853, 31357, 31786, 32138, 32413, 32610, 32729,
    };

    /// <summary><c>cos(2πk/128)</c> in Q15.</summary>
    /// <param name="k">The phase index; any integer (taken modulo 128).</param>
    public static short Cos(int k) => Table[k & (Period - 1)];

    /// <summary><c>sin(2πk/128)</c> in Q15.</summary>
    /// <param name="k">The phase index; any integer (taken modulo 128).</param>
    public static short Sin(int k) => Table[(k - Period / 4) & (Period - 1)];
}
