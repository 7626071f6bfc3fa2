using System;
using EdgeEcg.Ads1292r;

namespace EdgeEcg.Device.Acquisition;

/// <summary>
/// Converts ADS1292R codes to the device chain's canonical unit: int16 at 5 µV per LSB (MIT-BIH's 200 adu/mV).
/// </summary>
/// <remarks>
/// Scaling and overflow: out = round(code × µV/code ÷ 5) computed as (code × m + 2<sup>31</sup>) &gt;&gt; 32 with
/// m = round(µV/code ÷ 5 × 2<sup>32</sup>) in a 64-bit accumulator (|code| ≤ 2<sup>23</sup>, m &lt; 2<sup>32</sup>: no overflow),
/// then saturated to [−32768, 32767] (±163.8 mV, far beyond any ECG; reached only by saturated or lead-off frames).
/// At gain 6 and 2.42 V, m = 2.42e6 × 512 / 30 = 41,301,333 (0.0096162 canonical LSB per code).
/// </remarks>
public readonly struct CanonicalScale
{
    /// <summary>Microvolts per canonical LSB.</summary>
    public const double MicrovoltsPerLsb = 5.0;

    private readonly long _multiplier;

    /// <summary>Creates the conversion for a channel scale.</summary>
    /// <param name="scale">The channel's gain and reference.</param>
    public CanonicalScale(Ads1292rScale scale)
    {
        _multiplier = (long)Math.Round(scale.MicrovoltsPerCode / MicrovoltsPerLsb * 4294967296.0);
    }

    /// <summary>The Q32 multiplier.</summary>
    public long Multiplier => _multiplier;

    /// <summary>Converts one code.</summary>
    /// <param name="code">Sign-extended 24-bit code.</param>
    public short ToCanonical(int code)
    {
        long v = ((code * _multiplier) + (1L << 31)) >> 32;
        return v > short.MaxValue ? short.MaxValue : v < short.MinValue ? short.MinValue : (short)v;
    }
}
