using System;
using System.IO;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class WfdbHeaderTests
{
    private const string TwoSignals =
        "rec 2 360 650000\n" +
        "rec.dat 212 200 11 1024 995 -22131 0 MLII\n" +
        "rec.dat 212 200 11 1024 1011 20052 0 V5\n" +
        "# 69 M 1085 1629 x1\n" +
        "# Aldomet, Inderal\n";

    [Fact]
    public void Parse_FullHeader_ReadsEveryField()
    {
        WfdbHeader h = WfdbHeader.Parse(TwoSignals, "rec.hea");

        Assert.Equal("rec", h.RecordName);
        Assert.Equal(2, h.SignalCount);
        Assert.Equal(360.0, h.SamplingFrequency);
        Assert.Equal(650000, h.SampleCount);
        Assert.Equal(new[] { "69 M 1085 1629 x1", "Aldomet, Inderal" }, h.Comments);
        SignalSpec s = h.Signals[1];
        Assert.Equal("rec.dat", s.FileName);
        Assert.Equal(212, s.Format);
        Assert.Equal(200.0, s.Gain);
        Assert.False(s.IsUncalibrated);
        Assert.Equal("mV", s.Units);
        Assert.Equal(11, s.AdcResolution);
        Assert.Equal(1024, s.AdcZero);
        Assert.Equal(1024, s.Baseline);
        Assert.Equal(1011, s.InitialValue);
        Assert.Equal(20052, s.Checksum);
        Assert.Equal(0, s.BlockSize);
        Assert.Equal("V5", s.Description);
    }

    [Fact]
    public void Parse_MinimalLines_AppliesWfdbDefaults()
    {
        WfdbHeader h = WfdbHeader.Parse("rec 1\nrec.dat 16\n", "rec.hea");

        Assert.Equal(WfdbHeader.DefaultSamplingFrequency, h.SamplingFrequency);
        Assert.Equal(0, h.SampleCount);
        SignalSpec s = h.Signals[0];
        Assert.Equal(SignalSpec.DefaultGain, s.Gain);
        Assert.True(s.IsUncalibrated);
        Assert.Equal("mV", s.Units);
        Assert.Equal(16, s.AdcResolution);
        Assert.Equal(0, s.AdcZero);
        Assert.Equal(0, s.Baseline);
        Assert.False(s.HasInitialValue);
        Assert.False(s.HasChecksum);
        Assert.Equal(string.Empty, s.Description);
    }

    [Fact]
    public void Parse_ZeroGain_IsUncalibratedWithDefaultGain()
    {
        // As nstdb/bw.hea: "bw.dat 212 0 12 0 -29 -3562 0 noise1".
        WfdbHeader h = WfdbHeader.Parse("bw 1 360 10\nbw.dat 212 0 12 0 -29 -3562 0 noise1\n", "bw.hea");

        Assert.True(h.Signals[0].IsUncalibrated);
        Assert.Equal(200.0, h.Signals[0].Gain);
        Assert.Equal(-29, h.Signals[0].InitialValue);
    }

    [Fact]
    public void Parse_GainWithBaselineAndUnits_SplitsAllThree()
    {
        WfdbHeader h = WfdbHeader.Parse("r 1 500\nr.dat 16 1000.5(-12)/uV 16 7\n", "r.hea");

        SignalSpec s = h.Signals[0];
        Assert.Equal(1000.5, s.Gain);
        Assert.Equal(-12, s.Baseline);
        Assert.Equal(7, s.AdcZero);
        Assert.Equal("uV", s.Units);
    }

    [Fact]
    public void Parse_BaselineAbsent_DefaultsToAdcZero()
    {
        WfdbHeader h = WfdbHeader.Parse("r 1\nr.dat 212 200 12 -5\n", "r.hea");

        Assert.Equal(-5, h.Signals[0].Baseline);
    }

    [Fact]
    public void Parse_FormatSuffixes_ReadSamplesPerFrameSkewAndOffset()
    {
        WfdbHeader h = WfdbHeader.Parse("r 1\nr.dat 212x4:3+512\n", "r.hea");

        SignalSpec s = h.Signals[0];
        Assert.Equal(212, s.Format);
        Assert.Equal(4, s.SamplesPerFrame);
        Assert.Equal(3, s.Skew);
        Assert.Equal(512, s.ByteOffset);
    }

    [Fact]
    public void Parse_CounterFrequencyBaseTimeAndDate_AreRead()
    {
        WfdbHeader h = WfdbHeader.Parse("r 0 128/1000(5) 7680 12:30:45.5 25/11/2026\n", "r.hea");

        Assert.Equal(128.0, h.SamplingFrequency);
        Assert.Equal(1000.0, h.CounterFrequency);
        Assert.Equal(5.0, h.BaseCounter);
        Assert.Equal(7680, h.SampleCount);
        Assert.Equal(new TimeSpan(0, 12, 30, 45, 500), h.BaseTime);
        Assert.Equal(new DateOnly(2026, 11, 25), h.BaseDate);
    }

    [Fact]
    public void Parse_CrlfBlankLinesAndLeadingComments_AreAccepted()
    {
        string crlf = "# made by hand\r\n\r\n" + TwoSignals.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";

        WfdbHeader h = WfdbHeader.Parse(crlf, "rec.hea");

        Assert.Equal(2, h.SignalCount);
        Assert.Equal("V5", h.Signals[1].Description);
        Assert.Equal(new[] { "made by hand", "69 M 1085 1629 x1", "Aldomet, Inderal" }, h.Comments);
    }

    [Fact]
    public void Parse_DescriptionWithSpaces_KeepsTheRestOfTheLine()
    {
        WfdbHeader h = WfdbHeader.Parse("r 1\nr.dat 16 200 16 0 0 0 0 ECG lead  II\n", "r.hea");

        Assert.Equal("ECG lead  II", h.Signals[0].Description);
    }

    [Theory]
    [InlineData("r/3 2 360 100\n", 1, "multi-segment")]
    [InlineData("r 1 360\nr.dat 212 200 abc\n", 2, "ADC resolution 'abc'")]
    [InlineData("# c\nr 2 360\nr.dat 212\n", 4, "announces 2 signal(s)")]
    [InlineData("r 1 360\nr.dat 212\nr.dat 212\n", 3, "unexpected line")]
    [InlineData("r 1 360\nr.dat 212q\n", 2, "format field '212q'")]
    [InlineData("r 1 360\nr.dat 212 20x0\n", 2, "gain field '20x0'")]
    [InlineData("r 1 -360\n", 1, "must be positive")]
    [InlineData("r x\n", 1, "number of signals 'x'")]
    [InlineData("r 0 360 10 25:99\n", 1, "base time")]
    [InlineData("r 0 360 10 1:00:00 31/02/2020\n", 1, "base date")]
    [InlineData("# only a comment\n", 2, "no record line")]
    public void Parse_BadHeader_ThrowsNamingSourceAndLine(string text, int line, string detail)
    {
        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbHeader.Parse(text, "bad.hea"));

        Assert.Equal("bad.hea", e.FilePath);
        Assert.Equal(WfdbPositionKind.Line, e.PositionKind);
        Assert.Equal(line, e.Position);
        Assert.Contains($"bad.hea, line {line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(detail, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_ThenParse_GivesTheSameFields()
    {
        var h = new WfdbHeader
        {
            RecordName = "syn",
            SamplingFrequency = 250,
            CounterFrequency = 1000,
            BaseCounter = 2,
            SampleCount = 1234,
            BaseTime = new TimeSpan(0, 8, 5, 3),
            BaseDate = new DateOnly(2026, 1, 2),
            Signals = new[]
            {
                new SignalSpec { FileName = "syn.dat", Format = 16, SamplesPerFrame = 2, Gain = 400, Baseline = 3, AdcResolution = 16, Units = "uV", InitialValue = -4, Checksum = 99, Description = "lead I" },
                new SignalSpec { FileName = "syn.dat", Format = 16, IsUncalibrated = true, AdcResolution = 16 },
            },
            Comments = new[] { "first", "second  comment" },
        };

        WfdbHeader back = WfdbHeader.Parse(h.ToText(), "syn.hea");

        Assert.Equal(h.ToText(), back.ToText());
        Assert.Equal(h.BaseTime, back.BaseTime);
        Assert.Equal(h.BaseDate, back.BaseDate);
        Assert.Equal(h.Comments, back.Comments);
        Assert.Equal(h.Signals[0], back.Signals[0]);
        Assert.Equal(h.Signals[1] with { Gain = SignalSpec.DefaultGain }, back.Signals[1]);
        Assert.False(back.Signals[1].HasChecksum);
    }

    [Fact]
    public void ToText_LineBreakInDescriptionOrComment_Throws()
    {
        WfdbHeader h = WfdbHeader.Parse(TwoSignals, "rec.hea");

        Assert.Throws<ArgumentException>(() => (h with { Comments = new[] { "a\nb" } }).ToText());
        Assert.Throws<ArgumentException>(() => (h with { Signals = new[] { h.Signals[0] with { Description = "a\r\nb" }, h.Signals[1] } }).ToText());
    }

    [Fact]
    public void Write_CreatesHeaFileThatReadsBack()
    {
        using var dir = new TempDirectory();
        WfdbHeader h = WfdbHeader.Parse(TwoSignals, "rec.hea");

        h.Write(dir.File("rec"));

        Assert.Equal(TwoSignals, File.ReadAllText(dir.File("rec.hea")));
        Assert.Equal(h.ToText(), WfdbHeader.Read(dir.File("rec")).ToText());
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFoundNamingThePath()
    {
        using var dir = new TempDirectory();

        FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => WfdbHeader.Read(dir.File("nope")));

        Assert.Contains(dir.File("nope.hea"), e.Message, StringComparison.Ordinal);
    }

    [EcgDataTheory]
    [MemberData(nameof(MitdbRecords.All), MemberType = typeof(MitdbRecords))]
    public void ToText_OfEveryMitdbHeader_ReproducesTheFile(string name)
    {
        string path = TestData.MitdbRecord(name) + ".hea";

        Assert.Equal(File.ReadAllText(path), WfdbHeader.Read(path).ToText());
    }

    [EcgDataTheory]
    [InlineData("118e00")]
    [InlineData("118e_6")]
    [InlineData("bw")]
    [InlineData("em")]
    [InlineData("ma")]
    public void ToText_OfEveryNstdbHeader_ReproducesTheFile(string name)
    {
        string path = Path.Combine(TestData.Nstdb, name + ".hea");

        Assert.Equal(File.ReadAllText(path), WfdbHeader.Read(path).ToText());
    }
}
