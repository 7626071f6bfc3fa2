using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters.Design;

public class EcgFilterDesignTests
{
    [Theory]
    [InlineData(250, MainsFrequency.None, 3)]
    [InlineData(250, MainsFrequency.Hz50, 4)]
    [InlineData(500, MainsFrequency.Hz60, 4)]
    public void Sections_AreHighPassNotchLowPass(int fs, MainsFrequency mains, int expected) =>
        Assert.Equal(expected, EcgFilterDesign.Sections(fs, mains).Length);

    [Theory]
    [InlineData(250)]
    [InlineData(500)]
    public void AllPoles_AreInsideTheUnitCircle(int fs)
    {
        foreach (BiquadSection s in EcgFilterDesign.Sections(fs, MainsFrequency.Hz60))
        {
            Assert.True(s.MaxPoleRadius < 1, $"pole radius {s.MaxPoleRadius}");
        }
    }

    [Fact]
    public void GroupDelay_OfAPureDelayLikeSection_IsMeasuredInSamples()
    {
        // H(z) = z^-2 written as a section: b2 = 1. Its group delay is exactly 2 samples at any frequency.
        BiquadSection[] delay = [new BiquadSection(0, 0, 1, 0, 0)];
        Assert.Equal(2, EcgFilterDesign.GroupDelay(delay, 17, 250), 6);
    }

    [Fact]
    public void Sections_RejectsOtherRates() =>
        Assert.Throws<ArgumentOutOfRangeException>("sampleRateHz", () => EcgFilterDesign.Sections(360, MainsFrequency.Hz50));
}
