using System;
using EdgeEcg.Dsp.Quality;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Quality;

public class BeatWindowNoiseTests
{
    private const int Length = 250;
    private const int R = 90;

    private static short[] Beat(int offset)
    {
        // A triangular QRS of 400 LSB (2 mV) over R ± 10 and a flat baseline elsewhere.
        var w = new short[offset + Length];
        for (int k = -10; k <= 10; k++)
            w[offset + R + k] = (short)(400 - (40 * Math.Abs(k)));
        return w;
    }

    [Fact]
    public void CleanBeat_HasItsCurvatureInsideTheQrsSpan()
    {
        BeatWindowNoise m = BeatWindowNoise.Measure(Beat(0), 0, Length, R);
        Assert.Equal(400, m.QrsRange);
        Assert.Equal(0, m.OutsideActivity);
        Assert.Equal(0, m.OutsideRange);
    }

    [Fact]
    public void NoiseOutsideTheQrs_IsCountedOnlyThere()
    {
        short[] w = Beat(5);
        // alternating ±20 LSB from sample 150 on: every second difference there is ±80 (±40 at the first two)
        for (int k = 150; k < Length; k++)
            w[5 + k] = (short)((k % 2 == 0) ? 20 : -20);
        BeatWindowNoise m = BeatWindowNoise.Measure(w, 5, Length, R);
        Assert.Equal(400, m.QrsRange);
        Assert.Equal(40, m.OutsideRange);
        // k = 150: 20 - 0 + 0; k = 151: -20 - 40 + 0 = -60; k >= 152: ±80 (98 of them)
        Assert.Equal(20 + 60 + (98 * 80), m.OutsideActivity);
    }

    [Fact]
    public void SpikeInsideTheQrsSpan_DoesNotCountAsNoise()
    {
        short[] w = Beat(0);
        w[R + BeatWindowNoise.QrsHalfWidth] = -300;
        BeatWindowNoise m = BeatWindowNoise.Measure(w, 0, Length, R);
        Assert.Equal(700, m.QrsRange);
        Assert.Equal(0, m.OutsideActivity);
    }

    [Fact]
    public void WindowOutsideTheBuffer_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => BeatWindowNoise.Measure(new short[100], 0, Length, R));
        Assert.Throws<ArgumentException>(() => BeatWindowNoise.Measure(new short[Length], 0, Length, Length));
        Assert.Throws<ArgumentNullException>(() => BeatWindowNoise.Measure(null!, 0, Length, R));
    }
}
