using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Tests.Beats;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Quality;

public class SignalQualityIndexTests
{
    [Fact]
    public void CleanEcgIsReadableThroughout()
    {
        short[] x = SyntheticEcg.Regular(60, 0.8).Render(60);
        List<QualityWindow> windows = Run(x, x);
        Assert.Equal(60, windows.Count);
        Assert.All(windows, w => Assert.True(w.IsReadable, $"window at {w.Start}: {w.Flags}"));
    }

    [Fact]
    public void FlatLineIsFlagged()
    {
        short[] x = new short[250 * 5];
        List<QualityWindow> windows = Run(x, x);
        Assert.All(windows, w => Assert.Equal(QualityFlags.Flat, w.Flags));
    }

    [Fact]
    public void ClippedSignalIsFlaggedSaturated()
    {
        short[] x = SyntheticEcg.Regular(20, 0.8).Render(20);
        short[] raw = (short[])x.Clone();
        for (int i = (250 * 12) + 50; i < (250 * 12) + 150; i++)
        {
            raw[i] = 3000; // the front end pinned at its rail for 0.4 s
        }

        List<QualityWindow> windows = Run(raw, x);
        Assert.Equal(QualityFlags.Saturated, windows[12].Flags & QualityFlags.Saturated);
        Assert.True(windows[11].IsReadable);
        Assert.True(windows[13].IsReadable);
    }

    [Fact]
    public void NoiseBurstAfterLearningIsFlaggedNoisyAndRecovers()
    {
        SyntheticEcg clean = SyntheticEcg.Regular(40, 0.8);
        short[] x = clean.Render(40);
        Random random = new(3);
        for (int i = 250 * 20; i < 250 * 25; i++)
        {
            x[i] = (short)(x[i] + random.Next(-200, 201)); // ±1 mV white noise
        }

        List<QualityWindow> windows = Run(x, x);
        for (int k = 20; k < 25; k++)
        {
            Assert.True((windows[k].Flags & QualityFlags.Noisy) != 0, $"window {k} not flagged noisy");
        }

        Assert.True(windows[19].IsReadable);
        Assert.True(windows[26].IsReadable);
    }

    [Fact]
    public void LargeExcursionIsFlagged()
    {
        short[] x = SyntheticEcg.Regular(30, 0.8).Render(30);
        for (int i = 250 * 15; i < 250 * 16; i++)
        {
            x[i] = (short)(x[i] + (i % 250 < 125 ? 2000 : -2000)); // a 20 mV square artefact
        }

        List<QualityWindow> windows = Run(x, x);
        Assert.True((windows[15].Flags & QualityFlags.Excursion) != 0);
    }

    [Fact]
    public void LastingAmplitudeChangeIsRelearnt()
    {
        short[] x = SyntheticEcg.Regular(400, 0.8).Render(400);
        for (int i = 250 * 20; i < x.Length; i++)
        {
            x[i] = (short)(x[i] * 6);
        }

        List<QualityWindow> windows = Run(x, x);
        Assert.False(windows[25].IsReadable);
        Assert.True(windows[20 + SignalQualityIndex.RelearnWindows + 20].IsReadable);
    }

    private static List<QualityWindow> Run(short[] raw, short[] filtered)
    {
        SignalQualityIndex index = new();
        List<QualityWindow> windows = new();
        for (int i = 0; i < raw.Length; i++)
        {
            if (index.Process(raw[i], filtered[i]))
            {
                windows.Add(index.LastWindow);
                Assert.Equal((long)(windows.Count - 1) * SignalQualityIndex.WindowLength, index.LastWindow.Start);
            }
        }

        return windows;
    }
}
