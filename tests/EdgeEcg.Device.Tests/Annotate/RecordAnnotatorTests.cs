using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.Device.Annotate;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.Device.Tests.Annotate;

public sealed class RecordAnnotatorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-annotate-").FullName;

    [Theory]
    [InlineData(250, 3)]
    [InlineData(500, 5)]
    public void SyntheticRecordGetsItsBeatsAtTheRecordsOwnSampleNumbers(int rate, int tolerance)
    {
        List<long> truth = WriteSyntheticRecord("syn", rate, seconds: 60, rr: 0.8);
        AnnotateResult result = RecordAnnotator.Annotate(Path.Combine(dir, "syn"), Path.Combine(dir, "out"), "edg", 0, MainsFrequency.Hz50);

        Assert.Equal(Path.Combine(dir, "out", "syn.edg"), result.Path);
        IReadOnlyList<Annotation> written = AnnotationFile.Read(result.Path);
        Assert.All(written, a => Assert.Equal(AnnotationCode.Normal, a.Code));
        Assert.Equal(truth.Count, written.Count);
        Assert.Equal(truth.Count, result.Beats);
        for (int i = 0; i < truth.Count; i++)
        {
            Assert.InRange(written[i].Sample, truth[i] - tolerance, truth[i] + tolerance);
        }

        Assert.Contains("syn: " + truth.Count + " beats", result.Summary, StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void Mitdb100IsAnnotatedWithItsBeats()
    {
        AnnotateResult result = RecordAnnotator.Annotate(TestData.MitdbRecord("100"), dir, "edg", 0, MainsFrequency.Hz60);
        IReadOnlyList<Annotation> written = AnnotationFile.Read(result.Path);
        int reference = AnnotationFile.Read(TestData.MitdbRecord("100") + ".atr").Count(a => a.IsBeat);

        Assert.Equal(result.Beats, written.Count(a => a.IsBeat));
        Assert.InRange(result.Beats, reference - 5, reference + 5);
        Assert.True(written.Zip(written.Skip(1)).All(p => p.First.Sample < p.Second.Sample));
        Assert.InRange(written[^1].Sample, 0, 650_000 - 1);
    }

    [EcgDataFact]
    public void NoiseStressRecordGetsShutdownMarksAndNoBeatsInside()
    {
        AnnotateResult result = RecordAnnotator.Annotate(Path.Combine(TestData.Nstdb, "118e_6"), dir, "edg", 0, MainsFrequency.Hz60);
        IReadOnlyList<Annotation> written = AnnotationFile.Read(result.Path);

        Assert.True(result.UnreadableSeconds > 180);
        bool inside = false;
        int stretches = 0;
        foreach (Annotation a in written)
        {
            if (a.Code == AnnotationCode.Noise)
            {
                Assert.Equal(inside ? (sbyte)0 : (sbyte)-1, a.SubType);
                inside = !inside;
                stretches += inside ? 1 : 0;
            }
            else
            {
                Assert.False(inside, $"beat at {a.Sample} inside a shutdown");
            }
        }

        Assert.False(inside);
        Assert.True(stretches > 3);
    }

    [Fact]
    public void CorruptRecordIsAFormatErrorNamingTheFile()
    {
        File.WriteAllText(Path.Combine(dir, "bad.hea"), "bad 1 360 1000\nbad.dat 212 200 11 1024\n");
        File.WriteAllBytes(Path.Combine(dir, "bad.dat"), new byte[10]);
        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => RecordAnnotator.Annotate(Path.Combine(dir, "bad"), dir, "edg", 0, MainsFrequency.Hz60));
        Assert.Contains("bad.dat", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedRateAndBadArgumentsAreRejected()
    {
        WriteSyntheticRecord("r128", 128, seconds: 10, rr: 1.0);
        Assert.Throws<NotSupportedException>(() => RecordAnnotator.Annotate(Path.Combine(dir, "r128"), dir, "edg", 0, MainsFrequency.Hz60));
        WriteSyntheticRecord("r250", 250, seconds: 10, rr: 1.0);
        Assert.Throws<ArgumentException>(() => RecordAnnotator.Annotate(Path.Combine(dir, "r250"), dir, "a.b", 0, MainsFrequency.Hz60));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordAnnotator.Annotate(Path.Combine(dir, "r250"), dir, "edg", 1, MainsFrequency.Hz60));
    }

    [Fact]
    public void GainInMicrovolts_IsConvertedToMillivolts_OtherUnitsAreRefused()
    {
        List<long> truth = WriteSyntheticRecord("uv", 250, seconds: 20, rr: 0.8);
        string header = File.ReadAllText(Path.Combine(dir, "uv.hea"));
        File.WriteAllText(Path.Combine(dir, "uv.hea"), header.Replace("uv.dat 16 200 16 0", "uv.dat 16 0.2/uV 16 0", StringComparison.Ordinal));
        Assert.Equal(truth.Count, RecordAnnotator.Annotate(Path.Combine(dir, "uv"), dir, "edg", 0, MainsFrequency.Hz50).Beats);

        File.WriteAllText(Path.Combine(dir, "uv.hea"), header.Replace("uv.dat 16 200 16 0", "uv.dat 16 200/mmHg 16 0", StringComparison.Ordinal));
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => RecordAnnotator.Annotate(Path.Combine(dir, "uv"), dir, "edg", 0, MainsFrequency.Hz50));
        Assert.Contains("'mmHg'", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private List<long> WriteSyntheticRecord(string name, int rate, double seconds, double rr) =>
        SyntheticRecord.Write(dir, name, rate, seconds, rr);
}
