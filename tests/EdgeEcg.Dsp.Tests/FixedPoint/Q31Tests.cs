using EdgeEcg.Dsp.FixedPoint;
using Xunit;

namespace EdgeEcg.Dsp.Tests.FixedPoint;

public class Q31Tests
{
    [Fact]
    public void Saturate_ClampsToInt32()
    {
        Assert.Equal(int.MaxValue, Q31.Saturate(1L << 40));
        Assert.Equal(int.MinValue, Q31.Saturate(-(1L << 40)));
        Assert.Equal(-7, Q31.Saturate(-7L));
    }

    [Fact]
    public void AddAndSubtract_SaturateInsteadOfWrapping()
    {
        Assert.Equal(int.MaxValue, Q31.Add(int.MaxValue, 1));
        Assert.Equal(int.MinValue, Q31.Add(int.MinValue, -1));
        Assert.Equal(int.MaxValue, Q31.Subtract(0, int.MinValue));
        Assert.Equal(-2, Q31.Subtract(1, 3));
    }

    [Fact]
    public void Multiply_RoundsAndSaturates()
    {
        Assert.Equal(1 << 29, Q31.Multiply(1 << 30, 1 << 30)); // 0.5 × 0.5
        Assert.Equal(int.MaxValue, Q31.Multiply(int.MinValue, int.MinValue)); // −1 × −1
        Assert.Equal(-(1 << 30), Q31.Multiply(int.MinValue, 1 << 30));
        Assert.Equal(2, Q31.Multiply(3, 1 << 30)); // 1.5 LSB rounds up
    }

    [Theory]
    [InlineData(10L, 2, 3)] // 2.5 → 3 (ties toward +∞)
    [InlineData(-10L, 2, -2)] // −2.5 → −2
    [InlineData(9L, 2, 2)] // 2.25 → 2
    [InlineData(11L, 2, 3)] // 2.75 → 3
    public void ShiftRoundSaturate_RoundsToNearest(long acc, int shift, int expected) =>
        Assert.Equal(expected, Q31.ShiftRoundSaturate(acc, shift));

    [Fact]
    public void ShiftRoundSaturate_NeitherOverflowsNorWrapsAtTheAccumulatorsExtremes()
    {
        Assert.Equal(1 << 30, Q31.ShiftRoundSaturate(long.MaxValue, 33)); // (2^63 − 1) / 2^33 rounds to 2^30
        Assert.Equal(-(1 << 30), Q31.ShiftRoundSaturate(long.MinValue, 33));
        Assert.Equal(int.MaxValue, Q31.ShiftRoundSaturate(long.MaxValue, 1));
        Assert.Equal(int.MinValue, Q31.ShiftRoundSaturate(long.MinValue, 1));
    }

    [Theory]
    [InlineData(0.5, 1 << 30)]
    [InlineData(-1.0, int.MinValue)]
    [InlineData(1.0, int.MaxValue)]
    [InlineData(-3.0, int.MinValue)]
    public void FromDouble_RoundsToNearestAndSaturates(double value, int expected) => Assert.Equal(expected, Q31.FromDouble(value));

    [Fact]
    public void ToDouble_InvertsFromDoubleWithinHalfAnLsb()
    {
        for (double v = -1; v < 1; v += 0.0123)
        {
            Assert.InRange(Q31.ToDouble(Q31.FromDouble(v)) - v, -0.5 / 2147483648.0, 0.5 / 2147483648.0);
        }
    }
}
