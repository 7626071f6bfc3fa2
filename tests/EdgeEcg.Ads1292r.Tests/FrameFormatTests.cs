using System;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class FrameFormatTests
{
    // Two's-complement 24-bit extremes from the datasheet's ideal output code table.
    [Theory]
    [InlineData(0x7F, 0xFF, 0xFF, 8388607)]
    [InlineData(0x80, 0x00, 0x00, -8388608)]
    [InlineData(0xFF, 0xFF, 0xFF, -1)]
    [InlineData(0x00, 0x00, 0x01, 1)]
    [InlineData(0x00, 0x00, 0x00, 0)]
    public void SignExtend24_MatchesTwosComplement(byte b2, byte b1, byte b0, int expected) =>
        Assert.Equal(expected, FrameFormat.SignExtend24(b2, b1, b0));

    [Fact]
    public void Decode_SplitsStatusAndChannels()
    {
        byte[] bytes = [0xCA, 0x00, 0x00, 0x12, 0x34, 0x56, 0xFE, 0xDC, 0xBA];
        Ads1292rFrame f = FrameFormat.Decode(bytes);
        Assert.True(f.HasValidHeader);
        Assert.Equal(LeadOffStatus.In2Positive | LeadOffStatus.RightLegDrive, f.LeadOff);
        Assert.Equal(0x123456, f.Channel1);
        Assert.Equal(unchecked((int)0xFFFEDCBA), f.Channel2);
    }

    [Fact]
    public void EncodeDecode_RoundTrips()
    {
        var frame = new Ads1292rFrame(FrameFormat.MakeStatus(LeadOffStatus.In1Negative, 2), -123456, 7_000_000);
        Span<byte> bytes = stackalloc byte[FrameFormat.Length];
        FrameFormat.Encode(frame, bytes);
        Assert.Equal(frame, FrameFormat.Decode(bytes));
        Assert.Equal(2, frame.GpioBits);
    }

    [Theory]
    [InlineData(0x600000)] // one-bit slip: 0110...
    [InlineData(0xF00000)]
    [InlineData(0x000000)]
    [InlineData(0xC00001)] // trailing bits must be zero
    public void HasValidHeader_RejectsCorruptedStatus(int status) => Assert.False(FrameFormat.HasValidHeader(status));

    [Fact]
    public void Decode_ShortBuffer_Throws() =>
        Assert.Throws<ArgumentException>(() => FrameFormat.Decode(new byte[8]));
}
