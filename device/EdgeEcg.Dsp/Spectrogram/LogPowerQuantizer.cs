using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// Maps a spectral power (squared FFT magnitude, integer) to an int8 log-magnitude:
/// <c>q = clamp(round((10·log10(P) + offsetDb) / scale) + zeroPoint, −128, 127)</c>.
/// </summary>
/// <remarks>
/// <para>Taking the logarithm of the power <c>re² + im²</c> (exact in 64 bits) makes a square root or an
/// |re| + |im| magnitude approximation unnecessary: <c>20·log10|X| = 10·log10(re² + im²)</c> exactly, and the
/// only approximation left is <see cref="Log2Q16"/> (≤ 0.0002 dB).</para>
/// <para><b>Scaling and overflow.</b> The constants are fixed at construction from doubles:
/// <c>gain = round(2^16 · 10·log10(2) / scale)</c> (Q16) and <c>bias = round(2^32 · (offsetDb / scale + zeroPoint))</c>
/// (Q32). Per value: <c>log2(P) + exponent</c> in Q16 (|·| &lt; 2^25) × gain (&lt; 2^31) in 64 bits plus bias, round-half-up shift by 32,
/// saturated to [−128, 127]. P = 0 gives −128. After construction only integer arithmetic is used, so the
/// result is bit-exact on every platform.</para>
/// </remarks>
public sealed class LogPowerQuantizer
{
    private const double TenLog10Of2 = 3.0102999566398119521373889472449;

    private readonly long gainQ16;
    private readonly long biasQ32;

    /// <summary>Creates the quantizer.</summary>
    /// <param name="scale">dB per int8 step, in (0.01, 100).</param>
    /// <param name="zeroPoint">The int8 code of 0 dB, −128..127.</param>
    /// <param name="offsetDb">Added to <c>10·log10(P)</c> to refer the power to the output's physical unit, |offset| ≤ 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public LogPowerQuantizer(double scale, int zeroPoint, double offsetDb)
    {
        if (!(scale > 0.01 && scale < 100.0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), "Scale (dB per step) must be in (0.01, 100).");
        }

        if (zeroPoint < -128 || zeroPoint > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(zeroPoint), "Zero point must be an int8 value.");
        }

        if (!(offsetDb >= -1000.0 && offsetDb <= 1000.0))
        {
            throw new ArgumentOutOfRangeException(nameof(offsetDb), "Offset must be within ±1000 dB.");
        }

        gainQ16 = RoundToLong(TenLog10Of2 / scale * 65536.0);
        biasQ32 = RoundToLong((offsetDb / scale + zeroPoint) * 4294967296.0);
    }

    /// <summary>The int8 code of a power.</summary>
    /// <param name="power">Squared magnitude <c>re² + im²</c>.</param>
    public sbyte Quantize(ulong power) => Quantize(power, 0);

    /// <summary>The int8 code of a power given in block-floating-point form, <c>power · 2^exponent</c>.</summary>
    /// <param name="power">Squared magnitude <c>re² + im²</c> of the scaled values.</param>
    /// <param name="exponent">Binary exponent of the power, −256..256 (twice the block exponent of the amplitudes).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is outside −256..256.</exception>
    public sbyte Quantize(ulong power, int exponent)
    {
        if (exponent < -256 || exponent > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), "exponent must be -256..256.");
        }

        if (power == 0)
        {
            return -128;
        }

        long log2 = Log2Q16.Of(power) + ((long)exponent << 16);
        long q = (log2 * gainQ16 + biasQ32 + (1L << 31)) >> 32;
        return q > 127 ? (sbyte)127 : q < -128 ? (sbyte)-128 : (sbyte)q;
    }

    private static long RoundToLong(double x) => x >= 0 ? (long)(x + 0.5) : -(long)(0.5 - x);
}
