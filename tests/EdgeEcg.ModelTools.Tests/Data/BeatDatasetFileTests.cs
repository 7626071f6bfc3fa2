using System;
using System.IO;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public sealed class BeatDatasetFileTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "edgeecg-ds-" + Guid.NewGuid().ToString("N") + ".bin");

    [Fact]
    public void RoundTrip_PreservesEveryColumn()
    {
        BeatDataset d = SyntheticBeats.Make(7, seed: 4);
        BeatDatasetFile.Write(path, d, DspSettings.Default);
        BeatDataset r = BeatDatasetFile.Read(path, DspSettings.Default);
        Assert.Equal(d.Images, r.Images);
        Assert.Equal(d.RrFeatures, r.RrFeatures);
        Assert.Equal(d.Labels, r.Labels);
        Assert.Equal(d.RecordIndex, r.RecordIndex);
        Assert.Equal(d.Samples, r.Samples);
        Assert.Equal(d.Records, r.Records);
    }

    [Fact]
    public void OtherDspSettings_AreRefusedWithBothHashes()
    {
        BeatDatasetFile.Write(path, SyntheticBeats.Make(2, seed: 1), DspSettings.Default);
        var other = new DspSettings(SpectrogramSettings.Default, MainsFrequency.Hz50);
        Assert.NotEqual(DspSettings.Default.Hash, other.Hash);
        var e = Assert.Throws<DatasetSettingsMismatchException>(() => BeatDatasetFile.Read(path, other));
        Assert.Contains(DspSettings.Default.Hash, e.Message, StringComparison.Ordinal);
        Assert.Contains(other.Hash, e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeatPositions_AreRecorded_AndADatasetOfOtherPositionsIsRefused()
    {
        BeatDatasetFile.Write(path, SyntheticBeats.Make(2, seed: 1), DspSettings.Default, BeatPositions.Detected);
        Assert.Equal(6, BeatDatasetFile.Read(path, DspSettings.Default, BeatPositions.Detected).Count);
        var e = Assert.Throws<InvalidDataException>(() => BeatDatasetFile.Read(path, DspSettings.Default));
        Assert.Contains("holds beats 'Detected', 'Reference' are wanted", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArtifactLabelsAndNoiseCopies_AreRecorded_AndAFileWithoutThemIsRefused()
    {
        var source = new BeatSource(BeatPositions.Detected, artifacts: true, new[] { NoiseCopy.Parse("ma:6") });
        BeatDatasetFile.Write(path, SyntheticBeats.Make(2, seed: 1), DspSettings.Default, source);
        Assert.Equal(6, BeatDatasetFile.Read(path, DspSettings.Default, new BeatSource(BeatPositions.Detected, true, new[] { new NoiseCopy("ma", 6) })).Count);
        var e = Assert.Throws<InvalidDataException>(() => BeatDatasetFile.Read(path, DspSettings.Default, BeatPositions.Detected));
        Assert.Contains("'Detected; artifacts=Q; noise=ma:6'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVersion1File_IsRefusedWithItsVersion()
    {
        BeatDatasetFile.Write(path, SyntheticBeats.Make(2, seed: 1), DspSettings.Default);
        byte[] bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(1).CopyTo(bytes, BeatDatasetFile.Magic.Length);
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => BeatDatasetFile.Read(path, DspSettings.Default));
        Assert.Contains("dataset format version 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_IsRefusedNamingFileAndOffset()
    {
        BeatDatasetFile.Write(path, SyntheticBeats.Make(3, seed: 1), DspSettings.Default);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        var e = Assert.Throws<InvalidDataException>(() => BeatDatasetFile.Read(path, DspSettings.Default));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("byte", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotADataset_IsRefusedAtByteZero()
    {
        File.WriteAllText(path, "hello, not a dataset");
        var e = Assert.Throws<InvalidDataException>(() => BeatDatasetFile.Read(path, DspSettings.Default));
        Assert.Contains("byte 0", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(path);
}
