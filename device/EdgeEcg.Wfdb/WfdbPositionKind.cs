namespace EdgeEcg.Wfdb;

/// <summary>What <see cref="WfdbFormatException.Position"/> counts.</summary>
public enum WfdbPositionKind
{
    /// <summary>The problem concerns the file as a whole (for example a checksum over a whole signal).</summary>
    None = 0,

    /// <summary>A 1-based line number in a text file (a <c>.hea</c> header).</summary>
    Line = 1,

    /// <summary>A 0-based byte offset in a binary file (a signal or annotation file).</summary>
    ByteOffset = 2,
}
