using System;
using EdgeEcg.Dsp.Filters.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters.Design;

public class BiquadDesignTests
{
    [Fact]
    public void ButterworthQs_Order4_AreTheTextbookValues()
    {
        // 1 / (2 sin(3π/8)) and 1 / (2 sin(π/8)).
        double[] qs = BiquadDesign.ButterworthQs(4);
        Assert.Equal(0.541196, qs[0], 6);
        Assert.Equal(1.306563, qs[1], 6);
    }

    [Theory]
    [InlineData(2, 0.5, 250.0)]
    [InlineData(4, 40.0, 250.0)]
    [InlineData(4, 40.0, 500.0)]
    public void Butterworth_IsMinus3DbAtTheCorner_AndMaximallyFlat(int order, double fc, double fs)
    {
        double Gain(BiquadSection[] s, double f) => EcgFilterDesign.Response(s, f, fs).Magnitude;
        BiquadSection[] lp = BiquadDesign.ButterworthLowPass(order, fc, fs);
        BiquadSection[] hp = BiquadDesign.ButterworthHighPass(order, fc, fs);
        Assert.Equal(1 / Math.Sqrt(2), Gain(lp, fc), 9);
        Assert.Equal(1 / Math.Sqrt(2), Gain(hp, fc), 9);
        Assert.Equal(1, Gain(lp, 0.001), 6);
        Assert.Equal(1, Gain(hp, (fs / 2) - 0.001), 6);
    }

    [Theory]
    [InlineData(50.0, 250.0)]
    [InlineData(60.0, 500.0)]
    public void Notch_HasAZeroAtItsCentre_AndUnitGainAway(double f0, double fs)
    {
        BiquadSection notch = BiquadDesign.Notch(f0, 4, fs);
        Assert.True(notch.Response(f0, fs).Magnitude < 1e-9);
        Assert.Equal(1, notch.Response(0, fs).Magnitude, 9);
        Assert.Equal(1, notch.Response(fs / 2, fs).Magnitude, 9);
        // The −3 dB edges, found by bisection on each side, are 4 Hz apart (the bandwidth is prewarped).
        double lower = HalfPowerEdge(notch, f0 - 10, f0, fs);
        double upper = HalfPowerEdge(notch, f0 + 10, f0, fs);
        Assert.Equal(4, upper - lower, 3);
    }

    private static double HalfPowerEdge(BiquadSection notch, double passband, double center, double fs)
    {
        for (int i = 0; i < 60; i++)
        {
            double mid = (passband + center) / 2;
            if (notch.Response(mid, fs).Magnitude > 1 / Math.Sqrt(2))
            {
                passband = mid;
            }
            else
            {
                center = mid;
            }
        }

        return passband;
    }

    [Fact]
    public void InvalidParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BiquadDesign.ButterworthQs(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => BiquadDesign.LowPass(200, 0.7, 250));
        Assert.Throws<ArgumentOutOfRangeException>(() => BiquadDesign.HighPass(10, 0, 250));
    }
}
