using EdgeEcg.Dsp.Beats;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Beats;

public class QrsEnergyFilterTests
{
    [Fact]
    public void ConstantInputSettlesToZero()
    {
        QrsEnergyFilter filter = new();
        int energy = -1;
        for (int i = 0; i < 200; i++)
        {
            energy = filter.Process(1000);
        }

        Assert.Equal(0, energy);
        Assert.Equal(0, filter.Bandpassed);
    }

    [Fact]
    public void BandpassPeaksAtTheStatedDelayAfterAnImpulse()
    {
        QrsEnergyFilter filter = new();
        int bestAt = -1;
        int best = int.MinValue;
        for (int i = 0; i < 100; i++)
        {
            filter.Process(i == 10 ? (short)10000 : (short)0);
            if (filter.Bandpassed > best)
            {
                best = filter.Bandpassed;
                bestAt = i;
            }
        }

        Assert.Equal(10 + QrsEnergyFilter.BandpassDelay, bestAt);
    }

    [Fact]
    public void FullScaleSquareWaveStaysInRange()
    {
        QrsEnergyFilter filter = new();
        int max = 0;
        for (int i = 0; i < 5000; i++)
        {
            int e = filter.Process((i / 3) % 2 == 0 ? short.MaxValue : short.MinValue);
            Assert.InRange(e, 0, 32000);
            max = e > max ? e : max;
        }

        Assert.True(max > 1000);
    }

    [Fact]
    public void ResetForgetsThePast()
    {
        QrsEnergyFilter filter = new();
        for (int i = 0; i < 50; i++)
        {
            filter.Process((short)(i * 100));
        }

        filter.Reset();
        Assert.Equal(0, filter.Process(0));
        Assert.Equal(0, filter.Bandpassed);
    }
}
