using System;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Resampling.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Resampling;

public class ResamplerCoefficientsTests
{
    [Fact]
    public void Prototype360To250_EqualsTheQuantizedDesign() =>
        AssertTable(ResamplerDesign.QuantizeQ15(ResamplerDesign.Prototype360To250()), ResamplerCoefficients.Prototype360To250());

    [Fact]
    public void Halfband500To250_EqualsTheQuantizedDesign() =>
        AssertTable(ResamplerDesign.QuantizeQ15(ResamplerDesign.Halfband500To250()), ResamplerCoefficients.Halfband500To250());

    [Fact]
    public void Tables_AreSymmetric_AndEachPolyphaseBranchHasUnitGain()
    {
        short[] p = ResamplerCoefficients.Prototype360To250();
        for (int i = 0; i < p.Length; i++)
        {
            Assert.Equal(p[i], p[p.Length - 1 - i]);
        }

        for (int phase = 0; phase < 25; phase++)
        {
            long sum = 0;
            for (int n = phase; n < p.Length; n += 25)
            {
                sum += p[n];
            }

            Assert.InRange(sum, 32768 - 8, 32768 + 8); // DC gain of every branch ≈ 1.0 in Q15
        }

        short[] h = ResamplerCoefficients.Halfband500To250();
        Assert.Equal(16384, h[h.Length / 2]);
    }

    private static void AssertTable(short[] expected, short[] actual)
    {
        // On failure the message is the table to paste into ResamplerCoefficients (12 taps per line).
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < expected.Length; i += 12)
        {
            text.Append(string.Join(", ", expected[i..System.Math.Min(i + 12, expected.Length)])).Append(",\n");
        }

        Assert.True(expected.AsSpan().SequenceEqual(actual), "regenerate the table from the design:\n" + text);
    }

    [Fact]
    public void Accessors_ReturnFreshCopies()
    {
        ResamplerCoefficients.Halfband500To250()[17] = 0;
        Assert.Equal(16384, ResamplerCoefficients.Halfband500To250()[17]);
    }
}
