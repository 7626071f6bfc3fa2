using System;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.Dsp.Spectrogram.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram.Design;

public class SpectrogramSettingsFingerprintTests
{
    /// <summary>
    /// Pinned: SHA-256 of the canonical text of the default settings (source: this implementation, algorithm
    /// version 1; cross-checked with coreutils <c>sha256sum</c> over the text in <see cref="CanonicalTextIsInvariantKeyValueLines"/>). Datasets and model bundles store it, so a
    /// change here invalidates every trained model and must be deliberate.
    /// </summary>
    [Fact]
    public void DefaultFingerprintIsPinned()
    {
        const string Expected = "4a49d7e6ede0e7f61d43ed9973cb1fadaf28ac2e83c9f1319b5bf3974ee64ab4";
        string actual = SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default);
        Assert.True(actual == Expected, $"fingerprint {actual}, pinned {Expected}");
    }

    [Fact]
    public void FingerprintIsLowerCaseHexSha256AndStable()
    {
        string a = SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default);
        string b = SpectrogramSettingsFingerprint.Compute(new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.5, -108));
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void EverySettingChangesTheFingerprint()
    {
        string baseline = SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default);
        var variants = new[]
        {
            new SpectrogramSettings(360, 250, 90, 64, 128, 6, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 251, 90, 64, 128, 6, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 91, 64, 128, 6, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 32, 128, 6, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 64, 64, 6, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 64, 128, 5, 32, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 31, 32, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 31, 0.5, -108),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.25, -108),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.5, 0),
        };
        var seen = new System.Collections.Generic.HashSet<string> { baseline };
        foreach (var v in variants)
        {
            Assert.True(seen.Add(SpectrogramSettingsFingerprint.Compute(v)), "two different settings share a fingerprint");
        }
    }

    /// <summary>The exact canonical text of the defaults (its coreutils <c>sha256sum</c> is the pinned fingerprint).</summary>
    [Fact]
    public void CanonicalTextIsInvariantKeyValueLines()
    {
        const string Expected =
            "format=edgeecg-beat-spectrogram\n" +
            "algorithm_version=1\n" +
            "input=int16 5uV/LSB filtered\n" +
            "sample_rate_hz=250\n" +
            "window_length=250\n" +
            "r_peak_index=90\n" +
            "frame_window=hann-periodic-q15\n" +
            "frame_length=64\n" +
            "fft_length=128\n" +
            "hop=6\n" +
            "frame_count=32\n" +
            "bin_count=32\n" +
            "frame_block_float_peak_bits=22\n" +
            "value=20log10|X| dB re 1 LSB\n" +
            "layout=int8 [freq][time] row-major\n" +
            "scale=0.5\n" +
            "zero_point=-108\n";
        Assert.Equal(Expected, SpectrogramSettingsFingerprint.CanonicalText(SpectrogramSettings.Default));
    }

    [Fact]
    public void RejectsNull() => Assert.Throws<ArgumentNullException>(() => SpectrogramSettingsFingerprint.Compute(null!));
}
