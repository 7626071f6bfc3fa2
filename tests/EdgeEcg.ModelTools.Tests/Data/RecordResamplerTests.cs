using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public sealed class RecordResamplerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "edgeecg-resample-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(128)]
    [InlineData(257)]
    [InlineData(1000)]
    public void ACopy_HoldsTheSameSignalsAtTheNewRate_AndItsAnnotationsAtTheNearestNewSample(int rate)
    {
        string source = WriteToneRecord(Path.Combine(folder, "src"));
        WfdbHeader h = RecordResampler.Write(source, rate, Path.Combine(folder, "out"));
        Assert.Equal(rate, h.SamplingFrequency);
        long count = (3599 * rate / 360) + 1; // the last new instant is not after the last sample
        Assert.Equal(count, h.SampleCount);
        Assert.Equal(new[] { "MLII", "V1" }, h.Signals.Select(s => s.Description));
        Assert.Contains(h.Comments, c => c.Contains("resampled from 360 Hz to " + rate + " Hz", StringComparison.Ordinal));

        WfdbRecord copy = WfdbRecord.Read(Path.Combine(folder, "out", "t1"));
        for (int s = 0; s < 2; s++)
        {
            int[] y = copy.GetSignal(s);
            double worst = 0;
            for (int m = rate; m < y.Length - rate; m++) // a second from each end: the interpolation holds the edge samples
                worst = Math.Max(worst, Math.Abs(y[m] - Tone(s, m / (double)rate)));
            Assert.True(worst <= 0.01 * 300 + 1, $"signal {s} at {rate} Hz: worst error {worst:F1} adu of 300");
        }
        var moved = AnnotationFile.Read(Path.Combine(folder, "out", "t1.atr"));
        var original = AnnotationFile.Read(source + ".atr");
        Assert.Equal(original.Select(a => a.Code), moved.Select(a => a.Code));
        Assert.Equal(original.Select(a => Math.Min(count - 1, (long)Math.Round(a.Sample * rate / 360.0))), moved.Select(a => a.Sample));
        Assert.Equal("(AFIB", moved.Single(a => a.Code == AnnotationCode.Rhythm).Aux);
    }

    [Fact]
    public void BadRequests_AreRefusedWithTheReason()
    {
        string source = WriteToneRecord(Path.Combine(folder, "src"));
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => RecordResampler.Write(source, 50, Path.Combine(folder, "out")));
        Assert.Contains("from 100 to 10000 Hz", range.Message, StringComparison.Ordinal);
        var over = Assert.Throws<ArgumentException>(() => RecordResampler.Write(source, 128, Path.Combine(folder, "src")));
        Assert.Contains("would overwrite its source", over.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<FileNotFoundException>(() => RecordResampler.Write(Path.Combine(folder, "src", "nope"), 128, Path.Combine(folder, "out")));
        Assert.Contains("record nope", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    /// <summary>Two signals (5 and 11 Hz tones, 300 adu about a 1024 baseline) for 10 s at 360 Hz, with beat and rhythm annotations.</summary>
    private static string WriteToneRecord(string dir)
    {
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "t1");
        var header = new WfdbHeader
        {
            RecordName = "t1",
            SamplingFrequency = 360,
            Signals = new[]
            {
                new SignalSpec { FileName = "t1.dat", Format = 212, Gain = 200, AdcResolution = 11, AdcZero = 1024, Baseline = 1024, Description = "MLII" },
                new SignalSpec { FileName = "t1.dat", Format = 212, Gain = 200, AdcResolution = 11, AdcZero = 1024, Baseline = 1024, Description = "V1" },
            },
        };
        int[][] signals = Enumerable.Range(0, 2).Select(s => Enumerable.Range(0, 3600).Select(i => (int)Math.Round(Tone(s, i / 360.0))).ToArray()).ToArray();
        WfdbRecordWriter.Write(path, header, signals);
        AnnotationFile.Write(path + ".atr", new[]
        {
            new Annotation(0, AnnotationCode.Rhythm, aux: "(AFIB"),
            new Annotation(77, AnnotationCode.Normal),
            new Annotation(365, AnnotationCode.Apc),
            new Annotation(3599, AnnotationCode.Pvc),
        });
        return path;
    }

    private static double Tone(int signal, double t) => 1024 + 300 * Math.Sin(2 * Math.PI * (signal == 0 ? 5 : 11) * t);
}
