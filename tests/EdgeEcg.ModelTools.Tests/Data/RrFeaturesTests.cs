using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class RrFeaturesTests
{
    [Fact]
    public void PrematureBeat_HasShortPreAndLongPostRr_RelativeToTheLocalMean()
    {
        // 250 Hz: beats every 200 samples (0.8 s), beat 5 comes 100 samples early, then a compensatory pause.
        long[] t = { 0, 200, 400, 600, 800, 900, 1200, 1400 };
        float[] f = RrFeatures.Compute(t, 250);
        int o = 5 * RrFeatures.Count;
        Assert.Equal(0.4f, f[o], 5);          // pre RR
        Assert.Equal(1.2f, f[o + 1], 5);      // post RR
        Assert.Equal((0.8f * 4 + 0.4f) / 5, f[o + 2], 5); // local mean of the 5 RRs so far
        Assert.Equal(0.4f / ((0.8f * 4 + 0.4f) / 5), f[o + 4], 4);
        Assert.True(f[o + 6] < 0.6f);         // pre / long-term mean
    }

    [Fact]
    public void FirstAndLastBeat_BorrowTheNeighbouringRr()
    {
        float[] f = RrFeatures.Compute(new long[] { 0, 250, 500 }, 250);
        Assert.Equal(1f, f[0], 5);                      // first beat: pre = its post
        Assert.Equal(1f, f[2 * RrFeatures.Count + 1], 5); // last beat: post = its pre
    }

    [Fact]
    public void NonIncreasingTimes_AreRejectedNamingTheBeat()
    {
        var e = Assert.Throws<System.ArgumentException>(() => RrFeatures.Compute(new long[] { 0, 100, 100 }, 250));
        Assert.Contains("beat 2", e.Message, System.StringComparison.Ordinal);
    }
}
