using System;

namespace EdgeEcg.Wfdb;

/// <summary>
/// One annotation of a WFDB annotation file: a sample number, a code and WFDB's optional fields.
/// </summary>
/// <remarks>
/// The aux field is stored as WFDB stores it: a byte string of up to 255 bytes, held here one byte per char
/// (Latin-1) in <see cref="AuxRaw"/>, so that files round-trip byte for byte. Some PhysioNet files count a
/// trailing NUL in the aux length (mitdb 100.atr stores "(N\0"); <see cref="Aux"/> is the text before the
/// first NUL, as <c>rdann</c> prints it.
/// </remarks>
public readonly struct Annotation : IEquatable<Annotation>
{
    /// <summary>The longest aux byte string the MIT format can store.</summary>
    public const int MaxAuxLength = 255;

    /// <summary>Creates an annotation.</summary>
    /// <param name="sample">The sample number (time) of the annotation, counted from 0.</param>
    /// <param name="code">The annotation code.</param>
    /// <param name="subType">WFDB's <c>subtyp</c> field.</param>
    /// <param name="channel">WFDB's <c>chan</c> field (the signal the annotation refers to).</param>
    /// <param name="number">WFDB's <c>num</c> field.</param>
    /// <param name="aux">The aux bytes, one char (0–255) per byte, or null for none; at most <see cref="MaxAuxLength"/> chars.</param>
    public Annotation(long sample, AnnotationCode code, sbyte subType = 0, byte channel = 0, byte number = 0, string? aux = null)
    {
        if (sample < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sample), sample, "An annotation's sample number cannot be negative.");
        }

        if (aux is not null)
        {
            if (aux.Length > MaxAuxLength)
            {
                throw new ArgumentException($"Aux '{aux}' is {aux.Length} chars long; the MIT format stores at most {MaxAuxLength} bytes.", nameof(aux));
            }

            foreach (char c in aux)
            {
                if (c > 0xFF)
                {
                    throw new ArgumentException($"Aux '{aux}' holds char U+{(int)c:X4}; aux chars must be bytes (0-255).", nameof(aux));
                }
            }
        }

        Sample = sample;
        Code = code;
        SubType = subType;
        Channel = channel;
        Number = number;
        AuxRaw = aux;
    }

    /// <summary>The sample number (time) of the annotation.</summary>
    public long Sample { get; }

    /// <summary>The annotation code.</summary>
    public AnnotationCode Code { get; }

    /// <summary>WFDB's <c>subtyp</c> field (0 when absent).</summary>
    public sbyte SubType { get; }

    /// <summary>WFDB's <c>chan</c> field.</summary>
    public byte Channel { get; }

    /// <summary>WFDB's <c>num</c> field.</summary>
    public byte Number { get; }

    /// <summary>The aux text up to the first NUL (what <c>rdann</c> prints), or null when there is no aux field.</summary>
    public string? Aux
    {
        get
        {
            if (AuxRaw is null)
            {
                return null;
            }

            int nul = AuxRaw.IndexOf('\0', StringComparison.Ordinal);
            return nul < 0 ? AuxRaw : AuxRaw.Substring(0, nul);
        }
    }

    /// <summary>The aux field exactly as stored (one char per byte, trailing NULs included), or null.</summary>
    public string? AuxRaw { get; }

    /// <summary>True when <see cref="Code"/> is a beat (WFDB <c>isqrs</c>).</summary>
    public bool IsBeat => AnnotationCodes.IsBeat(Code);

    /// <summary>Compares two annotations field by field.</summary>
    /// <param name="left">The first annotation.</param>
    /// <param name="right">The second annotation.</param>
    public static bool operator ==(Annotation left, Annotation right) => left.Equals(right);

    /// <summary>Compares two annotations field by field.</summary>
    /// <param name="left">The first annotation.</param>
    /// <param name="right">The second annotation.</param>
    public static bool operator !=(Annotation left, Annotation right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Annotation other) =>
        Sample == other.Sample && Code == other.Code && SubType == other.SubType && Channel == other.Channel &&
        Number == other.Number && string.Equals(AuxRaw, other.AuxRaw, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Annotation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sample, Code, SubType, Channel, Number, AuxRaw);

    /// <summary>Formats the annotation like a line of <c>rdann</c>: sample, mnemonic, subtype, channel, number, aux.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Sample} {AnnotationCodes.Mnemonic(Code)} {SubType} {Channel} {Number}{(Aux is null ? string.Empty : " " + Aux)}");
}
