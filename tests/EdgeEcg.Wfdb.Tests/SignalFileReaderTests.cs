using System;
using System.IO;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class SignalFileReaderTests
{
    [Fact]
    public void Read_TruncatedDatFile_ThrowsNamingFileAndEndOffset()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "cut", 100);
        using (var f = new FileStream(rec + ".dat", FileMode.Open))
        {
            f.SetLength(296);
        }

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        Assert.Equal(Path.GetFullPath(rec + ".dat"), e.FilePath);
        Assert.Equal(WfdbPositionKind.ByteOffset, e.PositionKind);
        Assert.Equal(296, e.Position);
        Assert.Contains("cut.dat, byte offset 296: file is truncated", e.Message, StringComparison.Ordinal);
        Assert.Contains("98 whole frames", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderClaimsMoreSamples_ThrowsTruncated()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "lie", 100);
        SyntheticRecord.EditHeader(rec, t => t.Replace("lie 2 360 100", "lie 2 360 101", StringComparison.Ordinal));

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        Assert.Contains("header gives 101 samples per signal", e.Message, StringComparison.Ordinal);
        Assert.Equal(300, e.Position);
    }

    [Fact]
    public void Read_HeaderClaimsFewerSamples_ThrowsAtEndOfClaimedData()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "lie", 100);
        SyntheticRecord.EditHeader(rec, t => t.Replace("lie 2 360 100", "lie 2 360 90", StringComparison.Ordinal));

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        Assert.Equal(270, e.Position);
        Assert.Contains("longer than the header says", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huge 1 360 9223372036854775807\nhuge.dat 16\n", "header gives 9223372036854775807 samples per signal")]
    [InlineData("huge 2 360 10\nhuge.dat 16x2147483647\nhuge.dat 16x2147483647\n", "samples per frame, more than")]
    public void Read_AbsurdHeader_ThrowsFormatErrorInsteadOfOverflowing(string header, string detail)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("huge.hea"), header);
        File.WriteAllBytes(dir.File("huge.dat"), new byte[40]);

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File("huge")));

        Assert.Contains(detail, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutSampleCount_TakesItFromTheFileLength()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "nolen", 100);
        SyntheticRecord.EditHeader(rec, t => t.Replace("nolen 2 360 100", "nolen 2 360 0", StringComparison.Ordinal));

        WfdbRecord r = WfdbRecord.Read(rec);

        Assert.Equal(100, r.SampleCount);
        Assert.Equal(100, r.Header.SampleCount);
    }

    [Fact]
    public void Read_Format212OddValueCountPaddedToAWholePair_IsAccepted()
    {
        using var dir = new TempDirectory();
        var header = new WfdbHeader { RecordName = "pad", Signals = new[] { new SignalSpec { FileName = "pad.dat", Format = 212 } } };
        WfdbRecordWriter.Write(dir.File("pad"), header, new[] { new[] { 7, -8, 9 } });
        File.AppendAllText(dir.File("pad.dat"), "\0");

        Assert.Equal(new[] { 7, -8, 9 }, WfdbRecord.Read(dir.File("pad")).GetSignal(0));

        File.AppendAllText(dir.File("pad.dat"), "\0");
        Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File("pad")));
    }

    [Fact]
    public void Read_MissingDatFile_ThrowsFileNotFoundNamingIt()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "gone", 10);
        File.Delete(rec + ".dat");

        FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => WfdbRecord.Read(rec));

        Assert.Contains(Path.GetFullPath(rec + ".dat"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ByteOffset_SkipsThePrefix()
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "off", 10);
        byte[] data = File.ReadAllBytes(rec + ".dat");
        var shifted = new byte[data.Length + 7];
        data.CopyTo(shifted, 7);
        File.WriteAllBytes(rec + ".dat", shifted);
        WfdbRecord plain = WfdbRecord.Read(SyntheticRecord.Write212(dir, "ref", 10));
        SyntheticRecord.EditHeader(rec, t => t.Replace("off.dat 212 ", "off.dat 212+7 ", StringComparison.Ordinal));

        WfdbRecord r = WfdbRecord.Read(rec);

        Assert.Equal(plain.GetSignal(0), r.GetSignal(0));
        Assert.Equal(plain.GetSignal(1), r.GetSignal(1));
    }
}
