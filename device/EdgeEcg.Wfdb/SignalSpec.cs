using System;

namespace EdgeEcg.Wfdb;

/// <summary>
/// One signal line of a WFDB header: where a signal's samples are stored and how to interpret them.
/// </summary>
/// <remarks>
/// Field order in the header line: file name, format (<c>fmt[xspf][:skew][+offset]</c>),
/// gain (<c>gain[(baseline)][/units]</c>), ADC resolution, ADC zero, initial value, checksum, block size,
/// description. Absent fields take WFDB's defaults: gain 0 or absent means "uncalibrated" and
/// <see cref="Gain"/> becomes 200 adu per unit; baseline defaults to <see cref="AdcZero"/>; units to "mV";
/// ADC resolution to the format's natural width (12 for 212, 16 for 16 and 61, 8 for 80).
/// </remarks>
public sealed record SignalSpec
{
    /// <summary>WFDB's default gain, in adu per physical unit, used when a header gives 0 or no gain.</summary>
    public const double DefaultGain = 200.0;

    private readonly int _initialValue;
    private readonly int _checksum;
    private readonly int _baseline;
    private readonly bool _hasBaseline;

    /// <summary>The signal file name, relative to the header's folder (for example <c>100.dat</c>).</summary>
    public required string FileName { get; init; }

    /// <summary>The WFDB storage format code (16, 61, 80 or 212 are readable here).</summary>
    public required int Format { get; init; }

    /// <summary>Samples of this signal per frame (the <c>x</c> suffix of the format field); 1 for ordinary records.</summary>
    public int SamplesPerFrame { get; init; } = 1;

    /// <summary>Skew in frames (the <c>:</c> suffix of the format field). Kept for round trips; not applied when reading.</summary>
    public int Skew { get; init; }

    /// <summary>Byte offset of the first sample in the signal file (the <c>+</c> suffix of the format field).</summary>
    public long ByteOffset { get; init; }

    /// <summary>Gain in adu per physical unit; <see cref="DefaultGain"/> when the header gives 0 or none (see <see cref="IsUncalibrated"/>).</summary>
    public double Gain { get; init; } = DefaultGain;

    /// <summary>True when the header's gain was 0 or absent: the signal is uncalibrated and <see cref="Gain"/> is only WFDB's nominal default.</summary>
    public bool IsUncalibrated { get; init; }

    /// <summary>The physical units (for example "mV"); "mV" when absent.</summary>
    public string Units { get; init; } = "mV";

    /// <summary>
    /// <see cref="Gain"/> in adu per millivolt when <see cref="Units"/> is a voltage ("mV", "uV" or "µV", "V");
    /// null for any other unit, so callers that need millivolts can refuse the signal instead of misreading it.
    /// </summary>
    public double? GainPerMillivolt => Units switch
    {
        "mV" => Gain,
        "uV" or "µV" => Gain * 1000.0,
        "V" => Gain / 1000.0,
        _ => null,
    };

    /// <summary>The sample value (adu) that corresponds to 0 physical units; defaults to <see cref="AdcZero"/>.</summary>
    public int Baseline
    {
        get => _hasBaseline ? _baseline : AdcZero;
        init
        {
            _baseline = value;
            _hasBaseline = true;
        }
    }

    /// <summary>ADC resolution in bits.</summary>
    public int AdcResolution { get; init; } = 12;

    /// <summary>The sample value the ADC produces for a 0 V input.</summary>
    public int AdcZero { get; init; }

    /// <summary>The value of the first sample of the signal as stated by the header (see <see cref="HasInitialValue"/>); <see cref="AdcZero"/> when absent.</summary>
    public int InitialValue
    {
        get => HasInitialValue ? _initialValue : AdcZero;
        init
        {
            _initialValue = value;
            HasInitialValue = true;
        }
    }

    /// <summary>True when the header states the initial value (setting <see cref="InitialValue"/> sets this).</summary>
    public bool HasInitialValue { get; init; }

    /// <summary>The 16-bit checksum stated by the header: the sum of all samples modulo 65536, as a signed 16-bit number.</summary>
    public int Checksum
    {
        get => _checksum;
        init
        {
            _checksum = value;
            HasChecksum = true;
        }
    }

    /// <summary>True when the header states a checksum (setting <see cref="Checksum"/> sets this).</summary>
    public bool HasChecksum { get; init; }

    /// <summary>Block size in bytes (0 for ordinary files).</summary>
    public int BlockSize { get; init; }

    /// <summary>The signal description (for example "MLII"); empty when absent.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The 1-based header line this spec was parsed from, or 0 when it was built in code (used in error messages only).</summary>
    internal int HeaderLine { get; init; }

    /// <summary>Converts a raw sample (adu) to physical units: (value - <see cref="Baseline"/>) / <see cref="Gain"/>.</summary>
    /// <param name="adu">A raw sample value.</param>
    public double ToPhysical(int adu) => (adu - Baseline) / Gain;

    /// <summary>True when every public field is equal (a baseline equal to <see cref="AdcZero"/> equals an absent one).</summary>
    /// <param name="other">The spec to compare with.</param>
    public bool Equals(SignalSpec? other) =>
        other is not null &&
        FileName == other.FileName && Format == other.Format && SamplesPerFrame == other.SamplesPerFrame &&
        Skew == other.Skew && ByteOffset == other.ByteOffset && Gain.Equals(other.Gain) &&
        IsUncalibrated == other.IsUncalibrated && Units == other.Units && Baseline == other.Baseline &&
        AdcResolution == other.AdcResolution && AdcZero == other.AdcZero &&
        HasInitialValue == other.HasInitialValue && InitialValue == other.InitialValue &&
        HasChecksum == other.HasChecksum && Checksum == other.Checksum &&
        BlockSize == other.BlockSize && Description == other.Description;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FileName, Format, Gain, Baseline, InitialValue, Checksum, Description);
}
