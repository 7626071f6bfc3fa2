using System;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using System.Linq;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class BeatFeaturesTests
{
    [Fact]
    public void Vector_IsTheRrFeaturesFollowedByTheTemplateFeatures()
    {
        SpectrogramSettings s = SpectrogramSettings.Default;
        long[] t = { 0, 200, 400, 500, 800 };
        var rng = new Random(3);
        var images = new sbyte[t.Length * s.ImageLength];
        rng.NextBytes((byte[])(Array)images);
        bool[] has = { true, true, false, true, true };
        float[] f = BeatFeatures.Compute(t, 250, images, has, s, out sbyte[] networkImages);
        float[] rr = RrFeatures.Compute(t, 250);
        var relative = new sbyte[images.Length];
        float[] m = TemplateFeatures.Compute(images, has, s.BinCount, s.FrameCount, relative);
        Assert.Equal(BeatFeatures.RelativeImage ? relative : images, networkImages);
        Assert.Equal(t.Length * BeatFeatures.Count, f.Length);
        for (int i = 0; i < t.Length; i++)
        {
            Assert.Equal(rr[(i * RrFeatures.Count)..((i + 1) * RrFeatures.Count)], f[(i * BeatFeatures.Count)..(i * BeatFeatures.Count + RrFeatures.Count)]);
            Assert.Equal(m[(i * TemplateFeatures.Count)..((i + 1) * TemplateFeatures.Count)], f[(i * BeatFeatures.Count + RrFeatures.Count)..((i + 1) * BeatFeatures.Count)]);
        }
    }

    [Fact]
    public void MismatchedImageFlags_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            BeatFeatures.Compute(new long[] { 0, 200 }, 250, new sbyte[2048], new bool[1], SpectrogramSettings.Default, out _));
        Assert.Contains("2 beat times but 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFeatureColumn_HasOneDistinctName()
    {
        Assert.Equal(RrFeatures.Count, RrFeatures.Names.Length);
        Assert.Equal(TemplateFeatures.Count, TemplateFeatures.Names.Length);
        Assert.Equal(BeatFeatures.Count, RrFeatures.Names.Concat(TemplateFeatures.Names).Distinct().Count());
    }

    [Fact]
    public void Description_NamesBothFeatureVersions()
    {
        Assert.Contains($"rr=v{RrFeatures.Version}", BeatFeatures.Description, StringComparison.Ordinal);
        Assert.Contains($"template=v{TemplateFeatures.Version}", BeatFeatures.Description, StringComparison.Ordinal);
        Assert.Contains("beat_features=" + BeatFeatures.Description, DspSettings.Default.CanonicalText, StringComparison.Ordinal);
    }
}
