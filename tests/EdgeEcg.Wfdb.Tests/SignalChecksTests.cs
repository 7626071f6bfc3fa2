using System;
using System.IO;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class SignalChecksTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3 }, 6)]
    [InlineData(new[] { -1 }, -1)]
    [InlineData(new[] { 32767, 1 }, -32768)]
    [InlineData(new[] { 65535, 1, 5 }, 5)]
    [InlineData(new int[0], 0)]
    public void Checksum_IsSumModulo65536AsSigned16Bit(int[] samples, int expected)
    {
        Assert.Equal(expected, SignalChecks.Checksum(samples));
    }

    [Fact]
    public void Read_ChecksumDiffersFromHeader_ThrowsNamingFileSignalAndBothValues()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "sum", 50);
        WfdbHeader h = WfdbHeader.Read(rec);
        int stated = h.Signals[1].Checksum;
        WfdbHeader wrong = h with { Signals = new[] { h.Signals[0], h.Signals[1] with { Checksum = stated + 1 } } };
        wrong.Write(rec);

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        Assert.Equal(Path.GetFullPath(rec + ".dat"), e.FilePath);
        Assert.Contains($"signal 1 ('V5'): the checksum of its 50 samples is {stated} but the header", e.Message, StringComparison.Ordinal);
        Assert.Contains($"sum.hea (line 3) gives {stated + 1}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InitialValueDiffersFromHeader_ThrowsAtTheSamplesByte()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "init", 50);
        WfdbHeader h = WfdbHeader.Read(rec);
        int first = h.Signals[1].InitialValue;
        WfdbHeader wrong = h with { Signals = new[] { h.Signals[0], h.Signals[1] with { InitialValue = first - 1 } } };
        wrong.Write(rec);

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        // Signal 1's first sample is value 1 of the 212 stream, whose first byte is byte 1.
        Assert.Equal(1, e.Position);
        Assert.Contains($"signal 1 ('V5'): the first sample is {first} but the header", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutChecksumOrInitialValue_SkipsThoseChecks()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "bare", 50);
        int[] expected = WfdbRecord.Read(rec).GetSignal(0);
        File.WriteAllText(rec + ".hea", "bare 2 360 50\nbare.dat 212\nbare.dat 212\n");

        Assert.Equal(expected, WfdbRecord.Read(rec).GetSignal(0));
    }
}
