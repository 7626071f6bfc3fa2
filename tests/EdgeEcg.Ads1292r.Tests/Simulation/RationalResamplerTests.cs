using System;
using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests.Simulation;

public class RationalResamplerTests
{
    [Theory]
    [InlineData(360, 250, 10.0)]
    [InlineData(360, 500, 10.0)]
    [InlineData(360, 125, 5.0)]
    public void Sine_InPassband_IsReproducedAtNewRate(int from, int to, double hz)
    {
        var x = new double[from * 4];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Math.Sin(2 * Math.PI * hz * i / from);
        }

        double[] y = RationalResampler.Resample(x, from, to);
        Assert.Equal(x.Length * to / from, y.Length);
        // Away from the edges (edge samples are held), the output is the same sine sampled at the new rate.
        for (int n = to / 2; n < y.Length - (to / 2); n++)
        {
            Assert.Equal(Math.Sin(2 * Math.PI * hz * n / to), y[n], 1e-3);
        }
    }

    [Fact]
    public void Constant_StaysConstant() =>
        Assert.All(RationalResampler.Resample(new double[100], 360, 250), v => Assert.Equal(0, v));

    [Fact]
    public void SameRate_IsIdentity()
    {
        double[] x = [1, -2, 3.5, 0];
        Assert.Equal(x, RationalResampler.Resample(x, 360, 360));
    }
}
