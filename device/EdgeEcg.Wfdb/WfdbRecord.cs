using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.Wfdb;

/// <summary>
/// A WFDB record read into memory: its header and the raw samples (adu) of every signal, checked against
/// the header (file length, initial values, checksums) while reading.
/// </summary>
public sealed class WfdbRecord
{
    private readonly int[][] _signals;

    private WfdbRecord(WfdbHeader header, long sampleCount, int[][] signals)
    {
        Header = header;
        SampleCount = sampleCount;
        _signals = signals;
    }

    /// <summary>The record's header (with <see cref="WfdbHeader.SampleCount"/> as read from the file).</summary>
    public WfdbHeader Header { get; }

    /// <summary>Samples (frames) per signal actually read; equals the header's count, or the count implied by the file length when the header gives 0.</summary>
    public long SampleCount { get; }

    /// <summary>
    /// Reads a record: the header <c>recordPath.hea</c> and its signal files (formats 16, 61, 80, 212), and
    /// verifies each signal file's length, and each signal's initial value and checksum when the header states them.
    /// </summary>
    /// <param name="recordPath">The record path without extension (for example <c>.../mitdb/100</c>).</param>
    /// <exception cref="FileNotFoundException">The header or a signal file does not exist.</exception>
    /// <exception cref="WfdbFormatException">A file is malformed, truncated, too long, or disagrees with the header.</exception>
    public static WfdbRecord Read(string recordPath)
    {
        string headerPath = Path.GetFullPath(WfdbHeader.HeaderPath(recordPath));
        WfdbHeader header = WfdbHeader.Read(headerPath);
        string directory = Path.GetDirectoryName(headerPath) ?? ".";
        var signals = new int[header.SignalCount][];
        long frames = header.SampleCount;
        IReadOnlyList<SignalGroup> groups = SignalGroup.FromHeader(header, headerPath);
        foreach (SignalGroup group in groups)
        {
            SignalFileReader.Read(header, group, directory, ref frames, signals);
            int column = 0;
            for (int k = 0; k < group.SignalCount; k++)
            {
                int index = group.FirstSignal + k;
                long firstByte = group.ByteOffset + group.Codec.ByteOffsetOf(column);
                SignalChecks.Verify(headerPath, Path.Combine(directory, group.FileName), index, header.Signals[index], signals[index], firstByte);
                column += header.Signals[index].SamplesPerFrame;
            }
        }

        return new WfdbRecord(header with { SampleCount = frames }, frames, signals);
    }

    /// <summary>Returns a copy of the raw samples (adu) of signal <paramref name="index"/>: <see cref="SampleCount"/> × samples-per-frame values.</summary>
    /// <param name="index">The 0-based signal index.</param>
    public int[] GetSignal(int index)
    {
        if ((uint)index >= (uint)_signals.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Record '{Header.RecordName}' has {_signals.Length} signal(s).");
        }

        return (int[])_signals[index].Clone();
    }
}
