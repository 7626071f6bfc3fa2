using System;
using System.Collections.Generic;
using System.IO;
using EdgeEcg.Wfdb.Formats;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Writes a WFDB record: its signal file(s) and a header whose sample count, initial values and checksums
/// are computed from the samples, so that <see cref="WfdbRecord.Read"/> reads back exactly the same values.
/// </summary>
public static class WfdbRecordWriter
{
    /// <summary>Writes the signal files named by <paramref name="header"/> and then <c>recordPath.hea</c>.</summary>
    /// <param name="recordPath">The record path without extension; its file name must equal <see cref="WfdbHeader.RecordName"/>.</param>
    /// <param name="header">
    /// The header to write. Its <see cref="WfdbHeader.SampleCount"/> and each signal's <see cref="SignalSpec.InitialValue"/>
    /// and <see cref="SignalSpec.Checksum"/> are replaced by values computed from <paramref name="signals"/>. Signals sharing
    /// a file must be consecutive and have the same format; formats 16, 61, 80 and 212 are supported, without byte offsets.
    /// </param>
    /// <param name="signals">One array of raw samples (adu) per signal, each of length samples × samples-per-frame.</param>
    /// <returns>The header as written.</returns>
    /// <exception cref="ArgumentException">The header and samples disagree, or a sample does not fit its format.</exception>
    public static WfdbHeader Write(string recordPath, WfdbHeader header, IReadOnlyList<int[]> signals)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(signals);
        if (Path.GetFileName(recordPath) != header.RecordName)
        {
            throw new ArgumentException($"Record path '{recordPath}' does not end in the header's record name '{header.RecordName}'.", nameof(recordPath));
        }

        if (signals.Count != header.SignalCount)
        {
            throw new ArgumentException($"The header has {header.SignalCount} signal(s) but {signals.Count} sample array(s) were given.", nameof(signals));
        }

        long frames = CheckLengths(header, signals);
        IReadOnlyList<SignalGroup> groups = Groups(header);
        string directory = Path.GetDirectoryName(Path.GetFullPath(recordPath)) ?? ".";
        foreach (SignalGroup group in groups)
        {
            WriteGroup(Path.Combine(directory, group.FileName), header, group, signals, frames);
        }

        var specs = new SignalSpec[header.SignalCount];
        for (int i = 0; i < specs.Length; i++)
        {
            int[] s = signals[i];
            specs[i] = header.Signals[i] with
            {
                InitialValue = s.Length > 0 ? s[0] : header.Signals[i].AdcZero,
                Checksum = SignalChecks.Checksum(s),
            };
        }

        WfdbHeader written = header with { SampleCount = frames, Signals = specs };
        written.Write(recordPath);
        return written;
    }

    private static long CheckLengths(WfdbHeader header, IReadOnlyList<int[]> signals)
    {
        long frames = -1;
        for (int i = 0; i < signals.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(signals[i], $"{nameof(signals)}[{i}]");
            int spf = header.Signals[i].SamplesPerFrame;
            if (signals[i].Length % spf != 0)
            {
                throw new ArgumentException($"Signal {i} has {signals[i].Length} samples, not a multiple of its {spf} samples per frame.", nameof(signals));
            }

            long f = signals[i].Length / spf;
            if (frames >= 0 && f != frames)
            {
                throw new ArgumentException($"Signal {i} has {f} frames but signal 0 has {frames}; all signals of a record span the same frames.", nameof(signals));
            }

            frames = f;
        }

        return Math.Max(frames, 0);
    }

    private static IReadOnlyList<SignalGroup> Groups(WfdbHeader header)
    {
        IReadOnlyList<SignalGroup> groups;
        try
        {
            groups = SignalGroup.FromHeader(header, header.RecordName + ".hea");
        }
        catch (WfdbFormatException ex)
        {
            throw new ArgumentException(ex.Detail, nameof(header), ex);
        }

        foreach (SignalGroup g in groups)
        {
            if (g.ByteOffset != 0)
            {
                throw new ArgumentException($"Signal file '{g.FileName}' has byte offset {g.ByteOffset}; the writer writes files from byte 0.", nameof(header));
            }
        }

        return groups;
    }

    private static void WriteGroup(string path, WfdbHeader header, SignalGroup group, IReadOnlyList<int[]> signals, long frames)
    {
        long values = frames * group.FrameValues;
        long byteCount = group.Codec.ByteCount(values);
        if (byteCount > Array.MaxLength)
        {
            throw new ArgumentException($"Signal file '{group.FileName}' would hold {byteCount} bytes, more than one array can hold.", nameof(signals));
        }

        var stream = new int[values];
        int column = 0;
        for (int k = 0; k < group.SignalCount; k++)
        {
            int index = group.FirstSignal + k;
            int spf = header.Signals[index].SamplesPerFrame;
            int[] src = signals[index];
            for (long f = 0; f < frames; f++)
            {
                for (int s = 0; s < spf; s++)
                {
                    int v = src[(f * spf) + s];
                    if (v < group.Codec.MinValue || v > group.Codec.MaxValue)
                    {
                        throw new ArgumentOutOfRangeException(nameof(signals), v,
                            $"Signal {index} sample {(f * spf) + s} is {v}, outside format {group.Codec.Format}'s range [{group.Codec.MinValue}, {group.Codec.MaxValue}].");
                    }

                    stream[(f * group.FrameValues) + column + s] = v;
                }
            }

            column += spf;
        }

        var bytes = new byte[byteCount];
        group.Codec.Encode(stream, (int)values, bytes);
        File.WriteAllBytes(path, bytes);
    }
}
