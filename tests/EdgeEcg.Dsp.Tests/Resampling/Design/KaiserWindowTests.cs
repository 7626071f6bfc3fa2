using System;
using EdgeEcg.Dsp.Resampling.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Resampling.Design;

public class KaiserWindowTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 1.2660658777520082)] // Abramowitz & Stegun, table 9.8
    [InlineData(5.0, 27.239871823604442)]
    public void BesselI0_MatchesTabulatedValues(double x, double expected) =>
        Assert.Equal(expected, KaiserWindow.BesselI0(x), 12);

    [Theory]
    [InlineData(80.0, 7.857)] // 0.1102 · (80 − 8.7)
    [InlineData(40.0, 3.395)]
    [InlineData(20.0, 0.0)]
    public void Beta_FollowsKaisersFormula(double attenuationDb, double expected) =>
        Assert.Equal(expected, KaiserWindow.Beta(attenuationDb), 3);

    [Fact]
    public void Window_IsSymmetricWithPeakOneAtTheCentre()
    {
        double[] w = KaiserWindow.Create(31, 7.857);
        Assert.Equal(1, w[15], 12);
        for (int i = 0; i < w.Length; i++)
        {
            Assert.Equal(w[i], w[w.Length - 1 - i], 12);
            Assert.InRange(w[i], 0, 1);
        }

        Assert.Equal(1 / KaiserWindow.BesselI0(7.857), w[0], 12);
    }
}
