using System;
using EdgeEcg.Dsp.Resampling.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Resampling.Design;

public class WindowedSincTests
{
    [Fact]
    public void LowPass_IsSymmetric_WithTheRequestedDcGain()
    {
        double[] h = WindowedSinc.LowPass(101, 50, 1000, 60, gain: 3);
        for (int i = 0; i < h.Length; i++)
        {
            Assert.Equal(h[i], h[h.Length - 1 - i], 12);
        }

        // Within the passband ripple a 60 dB Kaiser design allows: 10^(−60/20) = 0.1 %.
        Assert.InRange(WindowedSinc.Magnitude(h, 0, 1000), 3 * (1 - 1e-3), 3 * (1 + 1e-3));
    }

    [Fact]
    public void LowPass_IsHalfAmplitudeAtItsCutoff()
    {
        // A windowed sinc's response passes through half the passband gain (−6 dB) at the cutoff.
        double[] h = WindowedSinc.LowPass(201, 100, 1000, 80, gain: 1);
        Assert.Equal(0.5, WindowedSinc.Magnitude(h, 100, 1000), 3);
    }

    [Fact]
    public void Magnitude_OfATwoTapAverage_IsTheClosedForm()
    {
        // h = {0.5, 0.5}: |H(f)| = |cos(π f / fs)|.
        double[] h = [0.5, 0.5];
        Assert.Equal(1, WindowedSinc.Magnitude(h, 0, 100), 12);
        Assert.Equal(Math.Cos(Math.PI * 0.2), WindowedSinc.Magnitude(h, 20, 100), 12);
        Assert.Equal(0, WindowedSinc.Magnitude(h, 50, 100), 12);
    }
}
