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
        float local = (0.8f * 4 + 0.4f) / 5; // the 5 RRs so far, ending with the previous one
        Assert.Equal(0.4f / local, f[o], 4);        // pre / local
        Assert.Equal(1.2f / local, f[o + 1], 4);    // post / local
        Assert.Equal(0.4f / 1.2f, f[o + 5], 4);     // pre / post
        Assert.True(f[o + 2] < 0.6f);               // pre / long-term mean
    }

    [Fact]
    public void Features_AreRatios_SoTheyDoNotDependOnTheHeartRate()
    {
        long[] slow = { 0, 300, 600, 900, 1050, 1500, 1800 };
        long[] fast = { 0, 150, 300, 450, 525, 750, 900 };
        Assert.Equal(RrFeatures.Compute(slow, 250), RrFeatures.Compute(fast, 250));
    }

    [Fact]
    public void FirstAndLastBeat_BorrowTheNeighbouringRr()
    {
        float[] f = RrFeatures.Compute(new long[] { 0, 250, 400 }, 250);
        Assert.Equal(1f, f[0], 5);                              // first beat: pre = its post, so pre/local = 1
        Assert.Equal(1f, f[2 * RrFeatures.Count + 5], 5);       // last beat: post = its pre, so pre/post = 1
    }

    [Fact]
    public void NonIncreasingTimes_AreRejectedNamingTheBeat()
    {
        var e = Assert.Throws<System.ArgumentException>(() => RrFeatures.Compute(new long[] { 0, 100, 100 }, 250));
        Assert.Contains("beat 2", e.Message, System.StringComparison.Ordinal);
    }
}
