using System;
using System.IO;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Reads one <see cref="SignalGroup"/> from its file, checks the file length against the header, and splits
/// the interleaved values into one array per signal.
/// </summary>
internal static class SignalFileReader
{
    public static void Read(WfdbHeader header, SignalGroup group, string directory, ref long frames, int[][] signals)
    {
        string path = Path.Combine(directory, group.FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Signal file '{path}' named by record '{header.RecordName}' (signal {group.FirstSignal}) does not exist.", path);
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.LongLength < group.ByteOffset)
        {
            throw WfdbFormatException.AtByte(path, bytes.LongLength,
                $"file ends before the byte offset {group.ByteOffset} given in the header");
        }

        // Compare frame counts rather than byte counts, so that an absurd header cannot overflow the arithmetic.
        long available = bytes.LongLength - group.ByteOffset;
        long wholeFrames = group.Codec.ValueCount(available) / group.FrameValues;
        if (frames == 0)
        {
            frames = wholeFrames;
        }

        if (frames > wholeFrames)
        {
            throw WfdbFormatException.AtByte(path, bytes.LongLength,
                $"file is truncated: the header gives {frames} samples per signal but the file holds only {wholeFrames} whole frames " +
                $"({available} bytes of format {group.Codec.Format} from byte {group.ByteOffset})");
        }

        long values = frames * group.FrameValues;
        long expected = group.Codec.ByteCount(values);
        if (available > group.Codec.MaxByteCount(values))
        {
            throw WfdbFormatException.AtByte(path, group.ByteOffset + expected,
                $"file is longer than the header says: {frames} samples per signal end here, but {available - expected} more byte(s) follow");
        }

        if (values > Array.MaxLength)
        {
            throw WfdbFormatException.InFile(path, $"{values} values are more than one array can hold");
        }

        var stream = new int[values];
        group.Codec.Decode(bytes, checked((int)group.ByteOffset), stream, (int)values);
        Deinterleave(header, group, stream, frames, signals);
    }

    private static void Deinterleave(WfdbHeader header, SignalGroup group, int[] stream, long frames, int[][] signals)
    {
        int column = 0;
        for (int k = 0; k < group.SignalCount; k++)
        {
            int spf = header.Signals[group.FirstSignal + k].SamplesPerFrame;
            var dst = new int[frames * spf];
            int d = 0;
            for (long f = 0; f < frames; f++)
            {
                long src = (f * group.FrameValues) + column;
                for (int s = 0; s < spf; s++)
                {
                    dst[d++] = stream[src + s];
                }
            }

            signals[group.FirstSignal + k] = dst;
            column += spf;
        }
    }
}
