using EdgeEcg.Wfdb.Formats;
using Xunit;

namespace EdgeEcg.Wfdb.Tests.Formats;

public sealed class Format212CodecTests
{
    private readonly Format212Codec _codec = new();

    [Fact]
    public void Decode_FirstBytesOfMitdb100_GivesFirstRdsampRow()
    {
        // Source: the first 3 bytes of mitdb/100.dat are E3 33 F3 (xxd), and `rdsamp -r mitdb/100` row 0 is 995 1011.
        var dst = new int[2];

        _codec.Decode(new byte[] { 0xE3, 0x33, 0xF3 }, 0, dst, 2);

        Assert.Equal(new[] { 995, 1011 }, dst);
    }

    [Fact]
    public void Encode_PacksLowNibbleFirstSampleHighNibbleSecond()
    {
        // signal(5): byte 1 holds a's high 4 bits in its low nibble and b's high 4 bits in its high nibble.
        // a = -1 = 0xFFF, b = 0x123.
        var dst = new byte[3];

        _codec.Encode(new[] { -1, 0x123 }, 2, dst);

        Assert.Equal(new byte[] { 0xFF, 0x1F, 0x23 }, dst);
    }

    [Fact]
    public void EncodeDecode_OddCountAndExtremes_RoundTrip()
    {
        int[] values = { -2048, 2047, 0, -1, 1234 };
        var bytes = new byte[_codec.ByteCount(values.Length)];
        var back = new int[values.Length];

        _codec.Encode(values, values.Length, bytes);
        _codec.Decode(bytes, 0, back, values.Length);

        Assert.Equal(8, bytes.Length);
        Assert.Equal(values, back);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(1300000, 1950000)]
    public void ByteCount_MatchesWfdbLayout(long values, long bytes)
    {
        Assert.Equal(bytes, _codec.ByteCount(values));
        Assert.Equal(values, _codec.ValueCount(bytes));
    }

    [Theory]
    [InlineData(3, 6)]
    [InlineData(4, 6)]
    public void MaxByteCount_AllowsAPaddedFinalPair(long values, long bytes)
    {
        Assert.Equal(bytes, _codec.MaxByteCount(values));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(5, 7)]
    public void ByteOffsetOf_PointsAtTheValuesFirstByte(long index, long offset)
    {
        Assert.Equal(offset, _codec.ByteOffsetOf(index));
    }
}
