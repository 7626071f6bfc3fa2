using System;
using EdgeEcg.Dsp.Rhythm;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Rhythm;

public class RrWindowTests
{
    private static RrWindow Filled(Func<int, int> rr, int count = RrWindow.Length)
    {
        var w = new RrWindow();
        for (int i = 0; i < count; i++)
            w.Add(rr(i));
        return w;
    }

    [Fact]
    public void RegularRhythm_IsNotIrregular_AndEveryPairMatches()
    {
        RrWindow w = Filled(_ => 800);
        Assert.True(w.IsFull);
        Assert.Equal(0, w.IrregularityPermille);
        Assert.Equal(1000, w.MatchPermille);
        Assert.Equal(800, w.MeanMs);
    }

    [Fact]
    public void Bigeminy_IsIrregular_ButItsTwoIntervalsRepeat()
    {
        // Short-long pairs (600, 1000 ms): every successive difference is 400 ms over a mean of 800 ms -> 500 permille;
        // pairs match within their own level only: 2 x C(8,2) = 56 of C(16,2) = 120 pairs -> 466 permille.
        RrWindow w = Filled(i => i % 2 == 0 ? 600 : 1000);
        Assert.Equal(500, w.IrregularityPermille);
        Assert.Equal(466, w.MatchPermille);
    }

    [Fact]
    public void RandomIntervals_AreIrregular_AndRarelyMatch()
    {
        var rng = new Random(3);
        RrWindow w = Filled(_ => rng.Next(400, 1000));
        Assert.InRange(w.IrregularityPermille, 150, 600);
        Assert.InRange(w.MatchPermille, 0, 250);
    }

    [Fact]
    public void TheOldestIntervalLeaves_WhenTheWindowIsFull()
    {
        RrWindow w = Filled(_ => 500);
        for (int i = 0; i < RrWindow.Length - 1; i++)
            w.Add(1000);
        Assert.True(w.IrregularityPermille > 0, "one 500 ms interval still in the window");
        w.Add(1000);
        Assert.Equal(0, w.IrregularityPermille);
        Assert.Equal(1000, w.MeanMs);
        Assert.Equal(RrWindow.Length, w.Count);
    }

    [Fact]
    public void Measures_AreDefinedOnAPartlyFilledWindow_AndClearEmptiesIt()
    {
        var w = new RrWindow();
        Assert.Equal(0, w.IrregularityPermille);
        Assert.Equal(1000, w.MatchPermille);
        Assert.Equal(0, w.MeanMs);
        w.Add(600);
        w.Add(900);
        Assert.False(w.IsFull);
        Assert.Equal(400, w.IrregularityPermille); // 300 ms difference x 2 intervals / 1 difference / 1500 ms
        Assert.Equal(0, w.MatchPermille);
        w.Clear();
        Assert.Equal(0, w.Count);
        Assert.Equal(0, w.MeanMs);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(60001)]
    public void ImpossibleIntervals_AreRefused(int rr)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RrWindow().Add(rr));
        Assert.Contains("RR interval", e.Message, StringComparison.Ordinal);
    }
}
