using EdgeEcg.ModelTools.Export;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Export;

public class QuantParamsTests
{
    [Fact]
    public void ReluRange_MapsZeroToMinus128_AndMaxTo127()
    {
        QuantParams p = QuantParams.FromRange(0f, 2.55f);
        Assert.Equal(-128, p.ZeroPoint);
        Assert.Equal(0.01f, p.Scale, 6);
        Assert.Equal(2.55f, p.Scale * (127 - p.ZeroPoint), 5);
    }

    [Fact]
    public void RangeIsWidenedToIncludeZero()
    {
        QuantParams p = QuantParams.FromRange(1f, 3f); // represented as [0, 3]
        Assert.Equal(-128, p.ZeroPoint);
        Assert.Equal(3f / 255f, p.Scale, 6);
    }

    [Fact]
    public void SymmetricRange_HasZeroPointNearZero()
    {
        QuantParams p = QuantParams.FromRange(-1f, 1f);
        Assert.InRange(p.ZeroPoint, -1, 0);
    }
}
