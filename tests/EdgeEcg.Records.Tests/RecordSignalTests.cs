using System;
using System.IO;
using EdgeEcg.Records;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.Records.Tests;

public sealed class RecordSignalTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-records-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("mV", 200.0, new[] { 1024, 1224, 824 }, new short[] { 0, 200, -200 })]   // 200 adu/mV: 1 adu = 5 µV = 1 LSB
    [InlineData("uV", 0.4, new[] { 0, 4, -10 }, new short[] { 0, 2, -5 })]               // 0.4 adu/µV = 400 adu/mV: 2 adu per LSB
    [InlineData("V", 100000.0, new[] { 0, 100, 50 }, new short[] { 0, 200, 100 })]        // 100 adu/mV: 1 adu = 2 LSB
    public void SamplesAreConvertedToFiveMicrovoltsPerLsbWhateverTheUnits(string units, double gain, int[] adu, short[] expected)
    {
        string path = Write("r1", 360, units, gain, baseline: units == "mV" ? 1024 : 0, adu);

        RecordSignal signal = RecordSignal.Read(path, 0);

        Assert.Equal("r1", signal.RecordName);
        Assert.Equal(360, signal.SampleRateHz);
        Assert.Equal(expected, signal.Samples);
        Assert.Equal(3 / 360.0, signal.DurationSeconds, 12);
    }

    [Fact]
    public void RateTheChainCannotTakeIsRefusedNamingTheRate()
    {
        string path = Write("r2", 128, "mV", 200, 0, new[] { 1, 2, 3 });
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => RecordSignal.Read(path, 0));
        Assert.Contains("128 Hz", e.Message);
        Assert.Contains("r2", e.Message);
    }

    [Fact]
    public void NonVoltageUnitsAreRefusedNamingTheUnits()
    {
        string path = Write("r3", 250, "mmHg", 10, 0, new[] { 1, 2, 3 });
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => RecordSignal.Read(path, 0));
        Assert.Contains("mmHg", e.Message);
    }

    [Fact]
    public void MissingSignalIsRefusedNamingTheCount()
    {
        string path = Write("r4", 250, "mV", 200, 0, new[] { 1, 2, 3 });
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => RecordSignal.Read(path, 1));
        Assert.Contains("1 signal(s)", e.Message);
    }

    [Fact]
    public void MissingRecordIsAFileNotFoundNamingThePath()
    {
        string path = Path.Combine(dir, "absent");
        FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => RecordSignal.Read(path, 0));
        Assert.Contains("absent", e.Message);
    }

    [EcgDataFact]
    public void Mitdb100FirstSampleMatchesRdsamp()
    {
        // PhysioNet rdsamp -r mitdb/100: first row "0 995 1011"; header baseline 1024, gain 200 adu/mV.
        RecordSignal signal = RecordSignal.Read(TestData.MitdbRecord("100"), 0);
        Assert.Equal(360, signal.SampleRateHz);
        Assert.Equal(650000, signal.Samples.Length);
        Assert.Equal(995 - 1024, signal.Samples[0]);
    }

    private string Write(string name, int rate, string units, double gain, int baseline, int[] adu)
    {
        string text = $"{name} 1 {rate} {adu.Length}\n{name}.dat 16 {gain.ToString(System.Globalization.CultureInfo.InvariantCulture)}({baseline})/{units} 16 0 {adu[0]} 0 0 ECG\n";
        WfdbHeader header = WfdbHeader.Parse(text, name + ".hea");
        string path = Path.Combine(dir, name);
        WfdbRecordWriter.Write(path, header, new[] { adu });
        return path;
    }
}
