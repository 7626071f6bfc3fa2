using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters;

public class EcgFilterCoefficientsTests
{
    public static TheoryData<int, MainsFrequency> Variants => new()
    {
        { 250, MainsFrequency.None }, { 250, MainsFrequency.Hz50 }, { 250, MainsFrequency.Hz60 },
        { 500, MainsFrequency.None }, { 500, MainsFrequency.Hz50 }, { 500, MainsFrequency.Hz60 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Tables_EqualTheQuantizedDesign(int fs, MainsFrequency mains) =>
        Assert.Equal(
            CoefficientQuantizer.ToQ31(EcgFilterDesign.Sections(fs, mains), EcgFilterCoefficients.PostShift),
            EcgFilterCoefficients.Stages(fs, mains));

    [Theory]
    [MemberData(nameof(Variants))]
    public void DelaySamples_EqualsTheDesignsGroupDelayAt10Hz(int fs, MainsFrequency mains) =>
        Assert.Equal(EcgFilterDesign.DelaySamples(fs, mains), EcgFilterCoefficients.DelaySamples(fs, mains));

    [Fact]
    public void Stages_ReturnsAFreshArray()
    {
        int[] first = EcgFilterCoefficients.Stages(250, MainsFrequency.Hz50);
        first[0] = 0;
        Assert.NotEqual(0, EcgFilterCoefficients.Stages(250, MainsFrequency.Hz50)[0]);
    }

    [Fact]
    public void UnsupportedRate_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("sampleRateHz", () => EcgFilterCoefficients.Stages(360, MainsFrequency.Hz50));
}
