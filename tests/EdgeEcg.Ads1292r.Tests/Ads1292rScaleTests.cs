using System;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class Ads1292rScaleTests
{
    [Theory]
    [InlineData(PgaGain.Gain6, false, 2.42e6 / 6 / 8388608)]
    [InlineData(PgaGain.Gain1, false, 2.42e6 / 8388608)]
    [InlineData(PgaGain.Gain12, true, 4.033e6 / 12 / 8388608)]
    public void MicrovoltsPerCode_IsVrefOverGainTimes2To23(PgaGain gain, bool vref4, double expected) =>
        Assert.Equal(expected, new Ads1292rScale(gain, vref4).MicrovoltsPerCode, 12);

    [Fact]
    public void ToCode_OneMillivoltAtGain6_Is20798Codes()
    {
        var scale = new Ads1292rScale(PgaGain.Gain6, false);
        Assert.Equal((int)Math.Round(1000 / scale.MicrovoltsPerCode), scale.ToCode(1000));
        Assert.Equal(20798, scale.ToCode(1000)); // 1000 µV × 6 × 2^23 / 2.42 V = 20798.2
        Assert.Equal(1000, scale.ToMicrovolts(20798), 0);
        Assert.Equal(1.0, scale.ToPotential(20798).Millivolts, 3);
    }

    [Fact]
    public void ToCode_BeyondFullScale_Saturates()
    {
        var scale = new Ads1292rScale(PgaGain.Gain6, false);
        Assert.Equal(Ads1292rScale.MaxCode, scale.ToCode(1e6));
        Assert.Equal(Ads1292rScale.MinCode, scale.ToCode(-1e6));
    }

    [Theory]
    [InlineData(125)]
    [InlineData(250)]
    [InlineData(500)]
    [InlineData(1000)]
    [InlineData(8000)]
    public void DataRate_RoundTrips(int sps) => Assert.Equal(sps, Ads1292rScale.SamplesPerSecond(Ads1292rScale.ToDataRate(sps)));

    [Fact]
    public void DataRate_Unsupported_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Ads1292rScale.ToDataRate(360));
}
