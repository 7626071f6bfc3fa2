namespace EdgeEcg.Wfdb;

/// <summary>
/// Layout of an MIT annotation word (WFDB <c>annot.c</c>): a 16-bit little-endian word holding a 6-bit code
/// in the top bits and a 10-bit data field (time increment, or the pseudo-code's value) below it.
/// </summary>
internal static class MitAnnotationWord
{
    public const int CodeShift = 10;
    public const int DataMask = 0x3FF;

    /// <summary>Longest time increment one annotation word can carry (WFDB MAXRR).</summary>
    public const int MaxIncrement = 0x3FF;

    /// <summary>Pseudo-code: a 32-bit time increment follows (high 16-bit word first, each word little-endian).</summary>
    public const int Skip = 59;

    /// <summary>Pseudo-code: the data field sets <c>num</c>.</summary>
    public const int Num = 60;

    /// <summary>Pseudo-code: the data field sets <c>subtyp</c>.</summary>
    public const int Sub = 61;

    /// <summary>Pseudo-code: the data field sets <c>chan</c>.</summary>
    public const int Chn = 62;

    /// <summary>Pseudo-code: the data field is a byte count; the aux bytes follow, padded to an even length.</summary>
    public const int Aux = 63;
}
