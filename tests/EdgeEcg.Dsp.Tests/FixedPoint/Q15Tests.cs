using EdgeEcg.Dsp.FixedPoint;
using Xunit;

namespace EdgeEcg.Dsp.Tests.FixedPoint;

public class Q15Tests
{
    [Theory]
    [InlineData(40000, 32767)]
    [InlineData(-40000, -32768)]
    [InlineData(32767, 32767)]
    [InlineData(-32768, -32768)]
    [InlineData(-5, -5)]
    public void Saturate_ClampsToInt16(int x, short expected) => Assert.Equal(expected, Q15.Saturate(x));

    [Fact]
    public void Saturate_Long_ClampsValuesBeyondInt32() =>
        Assert.Equal((Q15.Max, Q15.Min), (Q15.Saturate(1L << 40), Q15.Saturate(-(1L << 40))));

    [Fact]
    public void AddAndSubtract_SaturateInsteadOfWrapping()
    {
        Assert.Equal(Q15.Max, Q15.Add(30000, 30000));
        Assert.Equal(Q15.Min, Q15.Add(-30000, -30000));
        Assert.Equal(Q15.Max, Q15.Subtract(30000, -30000));
        Assert.Equal((short)-2, Q15.Subtract(1, 3));
    }

    [Theory]
    [InlineData(16384, 16384, 8192)] // 0.5 × 0.5 = 0.25
    [InlineData(-32768, -32768, 32767)] // −1 × −1 saturates
    [InlineData(-32768, 16384, -16384)]
    [InlineData(3, 16384, 2)] // 1.5 LSB rounds to nearest (ties up)
    [InlineData(-3, 16384, -1)] // −1.5 LSB: ties toward +∞
    public void Multiply_RoundsAndSaturates(short a, short b, short expected) => Assert.Equal(expected, Q15.Multiply(a, b));

    [Theory]
    [InlineData(0.5, 16384)]
    [InlineData(-1.0, -32768)]
    [InlineData(1.0, 32767)]
    [InlineData(2.5, 32767)]
    [InlineData(-0.0000152587890625, -1)] // exactly −0.5 LSB rounds away from zero
    [InlineData(0.0000152587890625, 1)]
    public void FromDouble_RoundsToNearestAndSaturates(double value, short expected) => Assert.Equal(expected, Q15.FromDouble(value));

    [Fact]
    public void ToDouble_InvertsFromDoubleWithinHalfAnLsb()
    {
        for (double v = -1; v < 1; v += 0.0123)
        {
            Assert.InRange(Q15.ToDouble(Q15.FromDouble(v)) - v, -0.5 / 32768, 0.5 / 32768);
        }
    }
}
