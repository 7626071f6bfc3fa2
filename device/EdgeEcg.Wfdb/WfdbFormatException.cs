using System;

namespace EdgeEcg.Wfdb;

/// <summary>
/// A WFDB file (header, signal or annotation file) is malformed, inconsistent with its header, truncated, or
/// uses a feature this library does not support. The message always names the file and, where there is one,
/// the line (headers) or byte offset (binary files) of the problem.
/// </summary>
public sealed class WfdbFormatException : Exception
{
    /// <summary>Creates the exception; the message is built from the file, the position and the detail.</summary>
    /// <param name="filePath">The file that is at fault.</param>
    /// <param name="position">The 1-based line number or 0-based byte offset; ignored when <paramref name="kind"/> is <see cref="WfdbPositionKind.None"/>.</param>
    /// <param name="kind">What <paramref name="position"/> counts.</param>
    /// <param name="detail">What is wrong, in words.</param>
    public WfdbFormatException(string filePath, long position, WfdbPositionKind kind, string detail)
        : base(Compose(filePath, position, kind, detail))
    {
        FilePath = filePath;
        Position = kind == WfdbPositionKind.None ? -1 : position;
        PositionKind = kind;
        Detail = detail;
    }

    /// <summary>The file that is at fault.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line number or 0-based byte offset of the problem (see <see cref="PositionKind"/>), or -1 when the problem has no single position.</summary>
    public long Position { get; }

    /// <summary>What <see cref="Position"/> counts.</summary>
    public WfdbPositionKind PositionKind { get; }

    /// <summary>What is wrong, without the file and position prefix.</summary>
    public string Detail { get; }

    internal static WfdbFormatException AtLine(string filePath, int line, string detail) =>
        new(filePath, line, WfdbPositionKind.Line, detail);

    internal static WfdbFormatException AtByte(string filePath, long offset, string detail) =>
        new(filePath, offset, WfdbPositionKind.ByteOffset, detail);

    internal static WfdbFormatException InFile(string filePath, string detail) =>
        new(filePath, -1, WfdbPositionKind.None, detail);

    private static string Compose(string filePath, long position, WfdbPositionKind kind, string detail) => kind switch
    {
        WfdbPositionKind.Line => $"{filePath}, line {position}: {detail}",
        WfdbPositionKind.ByteOffset => $"{filePath}, byte offset {position}: {detail}",
        _ => $"{filePath}: {detail}",
    };
}
