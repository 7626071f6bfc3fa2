using System.Collections.Generic;

namespace EdgeEcg.Wfdb.Formats;

/// <summary>Finds the <see cref="SampleCodec"/> for a WFDB format code.</summary>
public static class SampleCodecs
{
    private static readonly SampleCodec Format16 = new Format16Codec(bigEndian: false);
    private static readonly SampleCodec Format61 = new Format16Codec(bigEndian: true);
    private static readonly SampleCodec Format80 = new Format80Codec();
    private static readonly SampleCodec Format212 = new Format212Codec();

    /// <summary>The format codes this library reads and writes.</summary>
    public static IReadOnlyList<int> Supported { get; } = new[] { 16, 61, 80, 212 };

    /// <summary>Returns the codec for <paramref name="format"/>, or null when the format is not supported.</summary>
    /// <param name="format">A WFDB format code.</param>
    public static SampleCodec? TryGet(int format) => format switch
    {
        16 => Format16,
        61 => Format61,
        80 => Format80,
        212 => Format212,
        _ => null,
    };
}
