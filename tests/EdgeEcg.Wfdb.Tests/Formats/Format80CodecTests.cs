using EdgeEcg.Wfdb.Formats;
using Xunit;

namespace EdgeEcg.Wfdb.Tests.Formats;

public sealed class Format80CodecTests
{
    [Fact]
    public void Decode_IsOffsetBinary()
    {
        var dst = new int[3];

        new Format80Codec().Decode(new byte[] { 0x00, 0x80, 0xFF }, 0, dst, 3);

        Assert.Equal(new[] { -128, 0, 127 }, dst);
    }

    [Fact]
    public void Encode_IsOffsetBinary()
    {
        var dst = new byte[3];

        new Format80Codec().Encode(new[] { -128, 0, 127 }, 3, dst);

        Assert.Equal(new byte[] { 0x00, 0x80, 0xFF }, dst);
    }
}
