using System;
using System.Collections.Generic;
using EdgeEcg.Wfdb.Formats;

namespace EdgeEcg.Wfdb;

/// <summary>The consecutive signals of a header that share one signal file, interleaved frame by frame.</summary>
internal sealed class SignalGroup
{
    /// <summary>Upper bound on values per frame in one file (WFDB records have a handful; this only stops absurd headers).</summary>
    public const int MaxFrameValues = 1 << 20;

    private SignalGroup(string fileName, int firstSignal, int signalCount, SampleCodec codec, long byteOffset, int frameValues)
    {
        FileName = fileName;
        FirstSignal = firstSignal;
        SignalCount = signalCount;
        Codec = codec;
        ByteOffset = byteOffset;
        FrameValues = frameValues;
    }

    public string FileName { get; }

    public int FirstSignal { get; }

    public int SignalCount { get; }

    public SampleCodec Codec { get; }

    public long ByteOffset { get; }

    /// <summary>Values per frame: the sum of the group's samples per frame.</summary>
    public int FrameValues { get; }

    /// <summary>Splits the header's signals into file groups, checking that each group is consistent.</summary>
    public static IReadOnlyList<SignalGroup> FromHeader(WfdbHeader header, string headerPath)
    {
        var groups = new List<SignalGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < header.SignalCount)
        {
            SignalSpec first = header.Signals[i];
            if (!seen.Add(first.FileName))
            {
                throw AtSignal(headerPath, first,
                    $"signal {i} uses file '{first.FileName}' again after other files; signals sharing a file must be consecutive");
            }

            SampleCodec codec = SampleCodecs.TryGet(first.Format) ?? throw AtSignal(headerPath, first,
                $"signal {i} ('{first.Description}') has format {first.Format}, which is not supported (supported: {string.Join(", ", SampleCodecs.Supported)})");
            long frameValues = 0;
            int j = i;
            for (; j < header.SignalCount && header.Signals[j].FileName == first.FileName; j++)
            {
                SignalSpec s = header.Signals[j];
                if (s.Format != first.Format || s.ByteOffset != first.ByteOffset)
                {
                    throw AtSignal(headerPath, s,
                        $"signal {j} in file '{s.FileName}' has format {s.Format}+{s.ByteOffset} but signal {i} in the same file has {first.Format}+{first.ByteOffset}");
                }

                frameValues += s.SamplesPerFrame;
            }

            if (frameValues > MaxFrameValues)
            {
                throw AtSignal(headerPath, first,
                    $"file '{first.FileName}' has {frameValues} samples per frame, more than the {MaxFrameValues} supported");
            }

            groups.Add(new SignalGroup(first.FileName, i, j - i, codec, first.ByteOffset, (int)frameValues));
            i = j;
        }

        return groups;
    }

    /// <summary>An error at the signal's header line when it is known, otherwise about the header as a whole.</summary>
    public static WfdbFormatException AtSignal(string headerPath, SignalSpec spec, string detail) =>
        spec.HeaderLine > 0 ? WfdbFormatException.AtLine(headerPath, spec.HeaderLine, detail) : WfdbFormatException.InFile(headerPath, detail);
}
