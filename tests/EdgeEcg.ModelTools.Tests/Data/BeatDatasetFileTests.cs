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
        Assert.Equal(d.RecordRatesHz, r.RecordRatesHz);
    }

    [Fact]
    public void RecordRates_AreStored_AndAVersion2FileIsReadAsMitBihAt360Hz()
    {
        BeatDataset d = SyntheticBeats.Make(2, seed: 1);
        var at128 = new BeatDataset(d.ImageSize, d.RrFeatureCount, d.Images, d.RrFeatures, d.Labels, d.RecordIndex, d.Samples, d.Records,
            Array.ConvertAll(d.Records, _ => 128.0));
        BeatDatasetFile.Write(path, at128, DspSettings.Default);
        Assert.Equal(new[] { 128.0, 128.0 }, BeatDatasetFile.Read(path, DspSettings.Default).RecordRatesHz);

        // The same file as version 2 wrote it: no rates after the record names.
        byte[] v3 = File.ReadAllBytes(path);
        long ratesAt;
        using (var r = new BinaryReader(new MemoryStream(v3)))
        {
            r.ReadBytes(BeatDatasetFile.Magic.Length + 4);
            r.ReadString();
            r.ReadString();
            r.ReadString();
            r.ReadInt32();
            r.ReadInt32();
            int records = r.ReadInt32();
            for (int i = 0; i < records; i++)
                r.ReadString();
            ratesAt = r.BaseStream.Position;
        }
        var v2 = new MemoryStream();
        v2.Write(v3, 0, (int)ratesAt);
        v2.Write(v3, (int)ratesAt + 8 * d.Records.Length, v3.Length - (int)ratesAt - 8 * d.Records.Length);
        byte[] bytes = v2.ToArray();
        BitConverter.GetBytes(2).CopyTo(bytes, BeatDatasetFile.Magic.Length);
        File.WriteAllBytes(path, bytes);
        BeatDataset old = BeatDatasetFile.Read(path, DspSettings.Default);
        Assert.Equal(new[] { 360.0, 360.0 }, old.RecordRatesHz);
        Assert.Equal(d.Samples, old.Samples);
        Assert.Equal(d.Images, old.Images);
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
