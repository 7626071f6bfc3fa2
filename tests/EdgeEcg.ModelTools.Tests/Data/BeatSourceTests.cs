using System;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class BeatSourceTests
{
    [Fact]
    public void PlainPositionsAreDescribedAsBefore_SoOlderDatasetFilesStillMatch()
    {
        Assert.Equal("Detected", ((BeatSource)BeatPositions.Detected).Description);
        Assert.Equal("Reference", ((BeatSource)BeatPositions.Reference).Description);
    }

    [Fact]
    public void ArtifactsAndNoiseCopiesAreNamed_AndDecideEquality()
    {
        var a = new BeatSource(BeatPositions.Detected, true, new[] { new NoiseCopy("ma", 6), new NoiseCopy("em", -6) });
        Assert.Equal("Detected; artifacts=Q; noise=ma:6,em:-6", a.Description);
        Assert.Equal(a, new BeatSource(BeatPositions.Detected, true, new[] { NoiseCopy.Parse("ma:6"), NoiseCopy.Parse("em:-6") }));
        Assert.NotEqual(a, new BeatSource(BeatPositions.Detected, true, new[] { new NoiseCopy("ma", 6) }));
        Assert.NotEqual(a, (BeatSource)BeatPositions.Detected);
    }

    [Fact]
    public void NoiseArtifactsOnly_IsNamed_AndNeedsArtifactsAndNoiseCopies()
    {
        var source = new BeatSource(BeatPositions.Detected, true, new[] { new NoiseCopy("ma", 6) }, noiseArtifactsOnly: true);
        Assert.Equal("Detected; artifacts=Q; noise=ma:6 (unpaired detections only)", source.Description);
        Assert.NotEqual(source, new BeatSource(BeatPositions.Detected, true, new[] { new NoiseCopy("ma", 6) }));
        var e = Assert.Throws<ArgumentException>(() => new BeatSource(BeatPositions.Detected, false, new[] { new NoiseCopy("ma", 6) }, noiseArtifactsOnly: true));
        Assert.Contains("--artifacts and --noise-copies", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BeatSource(BeatPositions.Detected, true, null, noiseArtifactsOnly: true));
    }

    [Fact]
    public void ArtifactsOrNoiseWithReferencePositionsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new BeatSource(BeatPositions.Reference, artifacts: true));
        var e = Assert.Throws<ArgumentException>(() => new BeatSource(BeatPositions.Reference, false, new[] { new NoiseCopy("ma", 6) }));
        Assert.Contains("--beats Detected", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ma")]
    [InlineData("ma:6dB")]
    [InlineData(":6")]
    [InlineData("ma:-12")]
    [InlineData("../x:6")]
    public void MalformedNoiseCopiesAreClearErrors(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => NoiseCopy.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoiseCopyLists_ParseEachEntry_AndNameAMalformedOne()
    {
        Assert.Equal(new[] { new NoiseCopy("em", 12), new NoiseCopy("em", 6) }, NoiseCopy.ParseList(" em:12, em:6 ,"));
        Assert.Empty(NoiseCopy.ParseList(null));
        var e = Assert.Throws<ArgumentException>(() => NoiseCopy.ParseList("em:12,em"));
        Assert.Contains("'em'", e.Message, StringComparison.Ordinal);
    }
}
