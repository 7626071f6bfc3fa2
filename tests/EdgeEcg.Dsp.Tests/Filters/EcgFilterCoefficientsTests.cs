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
    public void Tables_EqualTheQuantizedDesign(int fs, MainsFrequency mains)
    {
        int[] expected = CoefficientQuantizer.ToQ31(EcgFilterDesign.Sections(fs, mains), EcgFilterCoefficients.PostShift);
        int[] actual = EcgFilterCoefficients.Stages(fs, mains);

        // On failure the message is the table to paste into EcgFilterCoefficients (one section per line).
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{fs} Hz {mains}: regenerate the tables from the design:\n{Format(expected)}");
    }

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

    private static string Format(int[] q)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < q.Length; i += 5)
        {
            text.Append(string.Join(", ", q[i..(i + 5)])).Append(",\n");
        }

        return text.ToString();
    }

    [Fact]
    public void UnsupportedRate_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("sampleRateHz", () => EcgFilterCoefficients.Stages(360, MainsFrequency.Hz50));
}
