using System;
using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests.Simulation;

public class DeviceNoiseTests
{
    [Fact]
    public void StandardNormal_HasUnitVarianceAndZeroMean()
    {
        const int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            double v = DeviceNoise.StandardNormal(7, 2, i);
            sum += v;
            sum2 += v * v;
        }

        Assert.InRange(sum / n, -0.01, 0.01);
        Assert.InRange(Math.Sqrt(sum2 / n), 0.99, 1.01);
    }

    [Fact]
    public void StandardNormal_IsReproducibleByIndex() =>
        Assert.Equal(DeviceNoise.StandardNormal(1, 1, 12345), DeviceNoise.StandardNormal(1, 1, 12345));

    [Fact]
    public void Rms_AtGain6And500Sps_MatchesDatasheet8uVppOver6Point6() =>
        Assert.Equal(8.0 / 6.6, DeviceNoise.RmsMicrovolts(PgaGain.Gain6, 500), 6);
}
