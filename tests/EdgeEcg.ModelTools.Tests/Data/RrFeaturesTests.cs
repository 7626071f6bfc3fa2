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
    public void FrequentPrematureBeats_StayPrematureAgainstTheUpperQuartileReference()
    {
        // Bigeminy at 250 Hz: sinus RR 200 samples, every second beat 120 samples early-ish (RR 120 then 280).
        // Against the mean RR (200) the early beats look only 0.6 premature; the upper quartile of the RRs stays at
        // the long interval (280), so pre/reference = 120/280.
        var t = new long[41];
        for (int i = 1; i < t.Length; i++)
            t[i] = t[i - 1] + (i % 2 == 1 ? 120 : 280);
        float[] f = RrFeatures.Compute(t, 250);
        int early = 39 * RrFeatures.Count; // beat 39 ends a 120-sample RR
        Assert.Equal(120f / 280f, f[early + 6], 4); // pre / upper quartile
        Assert.Equal(280f / 280f, f[early + 7], 4); // post / upper quartile
        Assert.Equal(120f / 280f, f[early + 8], 4); // pre / the RR before it
    }

    [Fact]
    public void Irregularity_IsNearZeroForSinusAndLargeForAnIrregularRhythm()
    {
        var regular = new long[60];
        var irregular = new long[60];
        var rng = new System.Random(7);
        for (int i = 1; i < 60; i++)
        {
            regular[i] = regular[i - 1] + 200 + (i % 3); // ±1 sample of jitter
            irregular[i] = irregular[i - 1] + rng.Next(100, 300);
        }
        float[] a = RrFeatures.Compute(regular, 250);
        float[] b = RrFeatures.Compute(irregular, 250);
        int last = 59 * RrFeatures.Count + 9;
        Assert.True(a[last] < 0.02f, $"sinus irregularity {a[last]}");
        Assert.True(b[last] > 0.2f, $"irregular rhythm irregularity {b[last]}");
        Assert.Equal(0f, a[9]);                 // the first beat has no RR before it
        Assert.Equal(0f, a[RrFeatures.Count + 9]); // one RR has no successive difference
    }

    [Fact]
    public void SampleEntropy_SeparatesAtrialFibrillationFromBigeminy()
    {
        var sinus = new long[60];
        var bigeminy = new long[60];
        var fibrillation = new long[60];
        var rng = new System.Random(11);
        for (int i = 1; i < 60; i++)
        {
            sinus[i] = sinus[i - 1] + 200 + (i % 3);
            bigeminy[i] = bigeminy[i - 1] + (i % 2 == 0 ? 140 : 260) + (i % 3); // premature beat, then its pause
            fibrillation[i] = fibrillation[i - 1] + rng.Next(100, 300);
        }
        int last = 59 * RrFeatures.Count;
        float[] s = RrFeatures.Compute(sinus, 250), b = RrFeatures.Compute(bigeminy, 250), f = RrFeatures.Compute(fibrillation, 250);
        Assert.True(b[last + 9] > 0.4f, $"bigeminy irregularity {b[last + 9]}"); // irregularity alone calls bigeminy irregular
        Assert.True(s[last + 10] < 0.05f, $"sinus entropy {s[last + 10]}");
        Assert.True(b[last + 10] < 0.05f, $"bigeminy entropy {b[last + 10]}");
        Assert.True(f[last + 10] > 0.8f, $"fibrillation entropy {f[last + 10]}");
        Assert.Equal(0f, s[3 * RrFeatures.Count + 10]); // three RRs: too few
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
