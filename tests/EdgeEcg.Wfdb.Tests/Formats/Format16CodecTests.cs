using EdgeEcg.Wfdb.Formats;
using Xunit;

namespace EdgeEcg.Wfdb.Tests.Formats;

public sealed class Format16CodecTests
{
    [Fact]
    public void Decode_Format16_IsLittleEndianTwosComplement()
    {
        // Source: the first 4 bytes of nstdb/118e00.dat are 59 FF 99 FF; 118e00.hea gives initial values -167 and -103.
        var dst = new int[2];

        new Format16Codec(bigEndian: false).Decode(new byte[] { 0x59, 0xFF, 0x99, 0xFF }, 0, dst, 2);

        Assert.Equal(new[] { -167, -103 }, dst);
    }

    [Fact]
    public void Encode_Format61_IsBigEndian()
    {
        var dst = new byte[4];

        new Format16Codec(bigEndian: true).Encode(new[] { -167, 0x1234 }, 2, dst);

        Assert.Equal(new byte[] { 0xFF, 0x59, 0x12, 0x34 }, dst);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EncodeDecode_Extremes_RoundTrip(bool bigEndian)
    {
        var codec = new Format16Codec(bigEndian);
        int[] values = { short.MinValue, short.MaxValue, 0, -1, 1 };
        var bytes = new byte[codec.ByteCount(values.Length)];
        var back = new int[values.Length];

        codec.Encode(values, values.Length, bytes);
        codec.Decode(bytes, 0, back, values.Length);

        Assert.Equal(values, back);
        Assert.Equal(bigEndian ? 61 : 16, codec.Format);
    }
}
