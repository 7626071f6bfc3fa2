using System;
using System.IO;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class WfdbRecordWriterTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(999)]
    [InlineData(1)]
    public void Write212_TwoSignalsInOneFile_ReadsBackExactly(int length)
    {
        using var dir = new TempDirectory();
        int[] a = SyntheticRecord.Signal(length, -2048, 2047, 11);
        int[] b = SyntheticRecord.Signal(length, -2048, 2047, 12);

        WfdbHeader written = WfdbRecordWriter.Write(dir.File("syn"), SyntheticRecord.Header212("syn"), new[] { a, b });
        WfdbRecord back = WfdbRecord.Read(dir.File("syn"));

        Assert.Equal(a, back.GetSignal(0));
        Assert.Equal(b, back.GetSignal(1));
        Assert.Equal(length, back.SampleCount);
        Assert.Equal(length, written.SampleCount);
        Assert.Equal(length * 3, new FileInfo(dir.File("syn.dat")).Length);
        Assert.Equal(SignalChecks.Checksum(a), written.Signals[0].Checksum);
        Assert.Equal(b[0], written.Signals[1].InitialValue);
    }

    [Fact]
    public void Write212_OddValueCount_EndsWithTwoBytes()
    {
        using var dir = new TempDirectory();
        var header = new WfdbHeader
        {
            RecordName = "one",
            Signals = new[] { new SignalSpec { FileName = "one.dat", Format = 212 } },
        };

        WfdbRecordWriter.Write(dir.File("one"), header, new[] { new[] { 1, -2, 3 } });

        Assert.Equal(5, new FileInfo(dir.File("one.dat")).Length);
        Assert.Equal(new[] { 1, -2, 3 }, WfdbRecord.Read(dir.File("one")).GetSignal(0));
    }

    [Fact]
    public void Write16_SignalsInSeparateFilesAndMultiSampleFrames_ReadBackExactly()
    {
        using var dir = new TempDirectory();
        var header = new WfdbHeader
        {
            RecordName = "sep",
            SamplingFrequency = 250,
            Signals = new[]
            {
                new SignalSpec { FileName = "sep_a.dat", Format = 16, AdcResolution = 16, Description = "a" },
                new SignalSpec { FileName = "sep_b.dat", Format = 16, AdcResolution = 16, SamplesPerFrame = 2, Description = "b" },
                new SignalSpec { FileName = "sep_b.dat", Format = 16, AdcResolution = 16, Description = "c" },
            },
        };
        int[] a = SyntheticRecord.Signal(300, short.MinValue, short.MaxValue, 3);
        int[] b = SyntheticRecord.Signal(600, short.MinValue, short.MaxValue, 4);
        int[] c = SyntheticRecord.Signal(300, short.MinValue, short.MaxValue, 5);

        WfdbRecordWriter.Write(dir.File("sep"), header, new[] { a, b, c });
        WfdbRecord back = WfdbRecord.Read(dir.File("sep"));

        Assert.Equal(300, back.SampleCount);
        Assert.Equal(a, back.GetSignal(0));
        Assert.Equal(b, back.GetSignal(1));
        Assert.Equal(c, back.GetSignal(2));
        Assert.Equal(600, new FileInfo(dir.File("sep_a.dat")).Length);
        Assert.Equal(300 * 3 * 2, new FileInfo(dir.File("sep_b.dat")).Length);
    }

    [Fact]
    public void Write_SampleOutsideFormatRange_ThrowsNamingSignalAndSample()
    {
        using var dir = new TempDirectory();

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            WfdbRecordWriter.Write(dir.File("syn"), SyntheticRecord.Header212("syn"), new[] { new[] { 0, 0 }, new[] { 0, 2048 } }));

        Assert.Contains("Signal 1 sample 1 is 2048", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SignalsOfDifferentLengths_Throws()
    {
        using var dir = new TempDirectory();

        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            WfdbRecordWriter.Write(dir.File("syn"), SyntheticRecord.Header212("syn"), new[] { new int[3], new int[4] }));

        Assert.Contains("Signal 1 has 4 frames but signal 0 has 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RecordNameDiffersFromPath_Throws()
    {
        using var dir = new TempDirectory();

        Assert.Throws<ArgumentException>(() =>
            WfdbRecordWriter.Write(dir.File("other"), SyntheticRecord.Header212("syn"), new[] { new int[3], new int[3] }));
    }

    [Fact]
    public void Write_UnsupportedFormat_Throws()
    {
        using var dir = new TempDirectory();
        var header = new WfdbHeader { RecordName = "x", Signals = new[] { new SignalSpec { FileName = "x.dat", Format = 310 } } };

        ArgumentException e = Assert.Throws<ArgumentException>(() => WfdbRecordWriter.Write(dir.File("x"), header, new[] { new int[3] }));

        Assert.Contains("format 310", e.Message, StringComparison.Ordinal);
    }
}
