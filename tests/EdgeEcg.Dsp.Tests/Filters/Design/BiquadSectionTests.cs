using System;
using EdgeEcg.Dsp.Filters.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters.Design;

public class BiquadSectionTests
{
    [Fact]
    public void MaxPoleRadius_OfComplexPoles_IsTheSquareRootOfA2()
    {
        // Poles r·e^{±jθ}: a1 = −2r cos θ, a2 = r².
        double r = 0.9;
        var s = new BiquadSection(1, 0, 0, -2 * r * Math.Cos(0.3), r * r);
        Assert.Equal(r, s.MaxPoleRadius, 12);
    }

    [Fact]
    public void MaxPoleRadius_OfRealPoles_IsTheLargerOne()
    {
        // (1 − 0.5 z^-1)(1 + 0.8 z^-1) = 1 + 0.3 z^-1 − 0.4 z^-2.
        var s = new BiquadSection(1, 0, 0, 0.3, -0.4);
        Assert.Equal(0.8, s.MaxPoleRadius, 12);
    }

    [Fact]
    public void Response_OfAOnePoleSection_IsTheClosedForm()
    {
        // H(z) = 1 / (1 − 0.5 z^-1): |H| = 2 at DC and 2/3 at Nyquist.
        var s = new BiquadSection(1, 0, 0, -0.5, 0);
        Assert.Equal(2, s.Response(0, 100).Magnitude, 12);
        Assert.Equal(2.0 / 3, s.Response(50, 100).Magnitude, 12);
    }
}
