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

    [Theory]
    [InlineData(600, 200, 768, false)] // exactly 3 x
    [InlineData(601, 200, 768, true)]
    [InlineData(500, 200, 640, false)] // exactly 2.5 x
    [InlineData(501, 200, 640, true)]
    [InlineData(4, 0, 768, true)] // a zero QRS range counts as 1 LSB
    [InlineData(3, 0, 768, false)]
    public void ExceedsActivityRatio_ComparesInQ8(int activity, int qrsRange, int ratioQ8, bool expected) =>
        Assert.Equal(expected, new BeatWindowNoise(qrsRange, activity, 0).ExceedsActivityRatio(ratioQ8));

    [Fact]
    public void WindowOutsideTheBuffer_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => BeatWindowNoise.Measure(new short[100], 0, Length, R));
        Assert.Throws<ArgumentException>(() => BeatWindowNoise.Measure(new short[Length], 0, Length, Length));
        Assert.Throws<ArgumentNullException>(() => BeatWindowNoise.Measure(null!, 0, Length, R));
    }
}
