using System;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.Dsp.Spectrogram.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram.Design;

public class SpectrogramSettingsFingerprintTests
{
    /// <summary>
    /// Pinned: SHA-256 of the canonical text of the default settings (source: this implementation, algorithm
    /// version 1; cross-checked with coreutils <c>sha256sum</c> over the canonical text typed by hand). Datasets and model bundles store it, so a
    /// change here invalidates every trained model and must be deliberate.
    /// </summary>
    [Fact]
    public void DefaultFingerprintIsPinned() =>
        Assert.Equal("461be67d20497baff1f11cd9b1a5a608f45f49c4bfaf2098e37318acb65c25b1",
            SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default));

    [Fact]
    public void FingerprintIsLowerCaseHexSha256AndStable()
    {
        string a = SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default);
        string b = SpectrogramSettingsFingerprint.Compute(new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.5, -128));
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void EverySettingChangesTheFingerprint()
    {
        string baseline = SpectrogramSettingsFingerprint.Compute(SpectrogramSettings.Default);
        var variants = new[]
        {
            new SpectrogramSettings(360, 250, 90, 64, 128, 6, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 251, 90, 64, 128, 6, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 91, 64, 128, 6, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 32, 128, 6, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 64, 64, 6, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 64, 128, 5, 32, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 31, 32, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 31, 0.5, -128),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.25, -128),
            new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.5, 0),
        };
        var seen = new System.Collections.Generic.HashSet<string> { baseline };
        foreach (var v in variants)
        {
            Assert.True(seen.Add(SpectrogramSettingsFingerprint.Compute(v)), "two different settings share a fingerprint");
        }
    }

    [Fact]
    public void CanonicalTextIsInvariantKeyValueLines()
    {
        string text = SpectrogramSettingsFingerprint.CanonicalText(SpectrogramSettings.Default);
        Assert.Contains("fft_length=128\n", text, StringComparison.Ordinal);
        Assert.Contains("scale=0.5\n", text, StringComparison.Ordinal);
        Assert.Contains("zero_point=-128\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsNull() => Assert.Throws<ArgumentNullException>(() => SpectrogramSettingsFingerprint.Compute(null!));
}
