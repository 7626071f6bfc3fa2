using System;
using EdgeEcg.Dsp.Spectrogram;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

public class CosineTableQ15Tests
{
    [Fact]
    public void EveryEntryIsTheRoundedCosineWithinHalfAnLsbExceptSaturatedOne()
    {
        for (int k = 0; k < CosineTableQ15.Period; k++)
        {
            double exact = 32768.0 * Math.Cos(2.0 * Math.PI * k / CosineTableQ15.Period);
            double tolerance = k == 0 ? 1.0 : 0.5;
            Assert.True(Math.Abs(CosineTableQ15.Cos(k) - exact) <= tolerance, $"cos entry {k}: {CosineTableQ15.Cos(k)} vs {exact}");
        }
    }

    [Fact]
    public void SineIsTheQuarterPeriodShiftedCosineAndMatchesMathSin()
    {
        for (int k = 0; k < CosineTableQ15.Period; k++)
        {
            double exact = 32768.0 * Math.Sin(2.0 * Math.PI * k / CosineTableQ15.Period);
            double tolerance = k == 32 ? 1.0 : 0.5;
            Assert.True(Math.Abs(CosineTableQ15.Sin(k) - exact) <= tolerance, $"sin entry {k}: {CosineTableQ15.Sin(k)} vs {exact}");
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(128)]
    [InlineData(300)]
    public void IndexIsTakenModuloThePeriod(int k)
    {
        int wrapped = ((k % 128) + 128) % 128;
        Assert.Equal(CosineTableQ15.Cos(wrapped), CosineTableQ15.Cos(k));
        Assert.Equal(CosineTableQ15.Sin(wrapped), CosineTableQ15.Sin(k));
    }
}
