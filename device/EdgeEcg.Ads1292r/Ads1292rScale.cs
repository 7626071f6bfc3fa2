using System;
using UnitsNet;

namespace EdgeEcg.Ads1292r;

/// <summary>Converts between 24-bit output codes and input-referred voltage for one channel's gain and reference.</summary>
/// <remarks>
/// Datasheet data format: full scale is ±V<sub>REF</sub>/gain and 1 LSB = (2·V<sub>REF</sub>/gain)/2<sup>24</sup>,
/// so voltage = code × V<sub>REF</sub> / (gain × 2<sup>23</sup>). Codes saturate at 0x7FFFFF and 0x800000.
/// At gain 6 and 2.42 V one code is 48.08 nV.
/// </remarks>
public readonly struct Ads1292rScale
{
    /// <summary>Largest positive code, 0x7FFFFF.</summary>
    public const int MaxCode = (1 << 23) - 1;

    /// <summary>Most negative code, 0x800000 sign-extended.</summary>
    public const int MinCode = -(1 << 23);

    /// <summary>Creates the scale for a gain and reference.</summary>
    /// <param name="gain">PGA gain.</param>
    /// <param name="reference4V">True for the 4.033 V reference, false for 2.42 V.</param>
    public Ads1292rScale(PgaGain gain, bool reference4V)
    {
        Gain = GainValue(gain);
        ReferenceVolts = reference4V ? 4.033 : 2.42;
        MicrovoltsPerCode = ReferenceVolts * 1e6 / (Gain * 8388608.0);
    }

    /// <summary>Numeric PGA gain.</summary>
    public int Gain { get; }

    /// <summary>Reference voltage in volts (2.42 or 4.033).</summary>
    public double ReferenceVolts { get; }

    /// <summary>Input-referred microvolts per code.</summary>
    public double MicrovoltsPerCode { get; }

    /// <summary>Input-referred voltage of a code, in microvolts.</summary>
    /// <param name="code">Sign-extended 24-bit code.</param>
    public double ToMicrovolts(int code) => code * MicrovoltsPerCode;

    /// <summary>Input-referred voltage of a code as a UnitsNet quantity.</summary>
    /// <param name="code">Sign-extended 24-bit code.</param>
    public ElectricPotential ToPotential(int code) => ElectricPotential.FromMicrovolts(ToMicrovolts(code));

    /// <summary>The code an ideal converter outputs for an input voltage: rounded to nearest, saturated to 24 bits.</summary>
    /// <param name="microvolts">Differential input voltage in microvolts.</param>
    public int ToCode(double microvolts)
    {
        double c = Math.Round(microvolts / MicrovoltsPerCode, MidpointRounding.ToEven);
        return c >= MaxCode ? MaxCode : c <= MinCode ? MinCode : (int)c;
    }

    /// <summary>The numeric value of a gain setting.</summary>
    /// <param name="gain">The gain setting.</param>
    public static int GainValue(PgaGain gain) => gain switch
    {
        PgaGain.Gain1 => 1,
        PgaGain.Gain2 => 2,
        PgaGain.Gain3 => 3,
        PgaGain.Gain4 => 4,
        PgaGain.Gain6 => 6,
        PgaGain.Gain8 => 8,
        PgaGain.Gain12 => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(gain), gain, "GAIN code 111 is reserved on the ADS1292R"),
    };

    /// <summary>The data rate in samples per second.</summary>
    /// <param name="rate">The CONFIG1 data-rate setting.</param>
    public static int SamplesPerSecond(DataRate rate) => rate switch
    {
        DataRate.Sps125 => 125,
        DataRate.Sps250 => 250,
        DataRate.Sps500 => 500,
        DataRate.Sps1000 => 1000,
        DataRate.Sps2000 => 2000,
        DataRate.Sps4000 => 4000,
        DataRate.Sps8000 => 8000,
        _ => throw new ArgumentOutOfRangeException(nameof(rate), rate, "DR code 111 is reserved on the ADS1292R"),
    };

    /// <summary>The data rate setting for a rate in samples per second.</summary>
    /// <param name="samplesPerSecond">125, 250, 500, 1000, 2000, 4000 or 8000.</param>
    public static DataRate ToDataRate(int samplesPerSecond) => samplesPerSecond switch
    {
        125 => DataRate.Sps125,
        250 => DataRate.Sps250,
        500 => DataRate.Sps500,
        1000 => DataRate.Sps1000,
        2000 => DataRate.Sps2000,
        4000 => DataRate.Sps4000,
        8000 => DataRate.Sps8000,
        _ => throw new ArgumentOutOfRangeException(nameof(samplesPerSecond), samplesPerSecond, "the ADS1292R runs at 125, 250, 500, 1000, 2000, 4000 or 8000 SPS"),
    };
}
