using System;
using System.IO;
using EdgeEcg.ModelTools.Evaluation.Noise;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Noise;

public sealed class NoiseStressRecordTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-nst-").FullName;

    /// <summary>
    /// Golden vectors: PhysioNet's nstdb records 118e00 and 118e_6 were made by WFDB's nst from mitdb 118 and nstdb em;
    /// ours must be the same bytes (signal file and header).
    /// </summary>
    [EcgDataTheory]
    [InlineData("118e00", 0)]
    [InlineData("118e_6", -6)]
    public void ReproducesPhysioNetsNoiseStressRecordsByteForByte(string name, int snr)
    {
        Assert.Equal(name, NoiseStressRecord.Name("118", "em", snr));
        string output = Path.Combine(dir, name);

        NoiseStressRecord.Create(TestData.MitdbRecord("118"), Path.Combine(TestData.Nstdb, "em"), snr, output);

        string official = Path.Combine(TestData.Nstdb, name);
        Assert.Equal(File.ReadAllBytes(official + ".dat"), File.ReadAllBytes(output + ".dat"));
        Assert.Equal(File.ReadAllText(official + ".hea"), File.ReadAllText(output + ".hea"));
        Assert.Equal(File.ReadAllBytes(official + ".atr"), File.ReadAllBytes(output + ".atr"));
    }

    [Fact]
    public void GainFollowsTheSnrDefinitionAndIsCarriedWithSixDigits()
    {
        // 0 dB: noise RMS = p-p / sqrt(8), so the gain for p-p 8 and noise RMS 1 is 8/sqrt(8) = 2.828427… → 2.82843.
        Assert.Equal(2.82843, NoiseStressRecord.Gain(0, 8, 1));
        // 6 dB more SNR: 10^(-6/20) of the gain (2.828427… × 0.501187… = 1.417572…).
        Assert.Equal(1.41757, NoiseStressRecord.Gain(6, 8, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoiseStressRecord.Gain(0, 8, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoiseStressRecord.Gain(double.NaN, 8, 1));
    }

    [Fact]
    public void GainsChangeAfterFiveMinutesAndThenEveryTwoUntilTheEnd()
    {
        var changes = NoiseStressRecord.GainChanges(650_000, 360);

        Assert.Equal(108_000, changes[0]);
        Assert.Equal(43_200, changes[1] - changes[0]);
        Assert.Equal(650_000, changes[^1]);
        Assert.Equal(14, changes.Count); // 13 segment starts (5:00 … 29:00) and the end
    }

    [Fact]
    public void NoiseIsAddedOnlyInNoisySegments_WithoutStepsWhereTheGainChanges()
    {
        const double fs = 10; // 5 minutes = 3000 samples, segments of 1200
        var clean = new int[8000];
        var noise = new int[8000];
        for (int i = 0; i < clean.Length; i++)
        {
            clean[i] = 1024 + (i % 7);
            noise[i] = 50 + (i % 3); // a DC level plus a small pattern
        }

        int[] y = NoiseStressRecord.Mix(new[] { clean }, new[] { 1024 }, new[] { noise }, new[] { 2.0 }, fs)[0];

        for (int i = 0; i < 3000; i++)
            Assert.Equal(i % 7, y[i]); // learning period: clean minus the ADC zero
        for (int i = 3000; i < 4200; i++) // first noisy segment: the noise's pattern rides on the clean signal, its DC does not
            Assert.Equal(i % 7 + 2 * (i % 3) - 2 * ((3000 - 1) % 3) - (2999 % 7) + y[2999], y[i]);
        for (int i = 4201; i < 5400; i++) // clean again: the signal itself, with a constant offset
            Assert.Equal(y[4200] - 4200 % 7, y[i] - i % 7);
    }

    [Fact]
    public void NamesFollowNstdb()
    {
        Assert.Equal("118e24", NoiseStressRecord.Name("118", "em", 24));
        Assert.Equal("119e06", NoiseStressRecord.Name("119", "em", 6));
        Assert.Equal("119m_6", NoiseStressRecord.Name("119", "ma", -6));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoiseStressRecord.Name("118", "em", -12));
    }

    [Fact]
    public void MissingAnnotationsAndDifferentRatesAreClearErrors()
    {
        string clean = Path.Combine(dir, "c");
        File.WriteAllText(clean + ".hea", "c 1 360 10\nc.dat 16 200 11 0 0 0 0 ECG\n");
        File.WriteAllBytes(clean + ".dat", new byte[20]);
        var missing = Assert.Throws<FileNotFoundException>(() => NoiseStressRecord.Create(clean, clean, 0, Path.Combine(dir, "o")));
        Assert.Contains("c.atr", missing.Message, StringComparison.Ordinal);

        EdgeEcg.Wfdb.AnnotationFile.Write(clean + ".atr", new[] { new EdgeEcg.Wfdb.Annotation(5, EdgeEcg.Wfdb.AnnotationCode.Normal) });
        string noise = Path.Combine(dir, "n");
        File.WriteAllText(noise + ".hea", "n 1 250 10\nn.dat 16 200 11 0 0 0 0 noise\n");
        File.WriteAllBytes(noise + ".dat", new byte[20]);
        var rate = Assert.Throws<NotSupportedException>(() => NoiseStressRecord.Create(clean, noise, 0, Path.Combine(dir, "o")));
        Assert.Contains("250 Hz", rate.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
