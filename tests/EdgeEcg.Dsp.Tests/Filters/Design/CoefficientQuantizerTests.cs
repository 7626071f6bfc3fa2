using System;
using EdgeEcg.Dsp.Filters.Design;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters.Design;

public class CoefficientQuantizerTests
{
    private static readonly BiquadSection Section = new(0.25, -0.5, 0.125, -1.5, 0.75);

    [Fact]
    public void ToQ31_UsesTheCmsisLayout_WithNegatedFeedback()
    {
        // {b0, b1, b2, -a1, -a2} × 2^-1 in Q31: 0.125, -0.25, 0.0625, 0.75, -0.375.
        int[] q = CoefficientQuantizer.ToQ31([Section], 1);
        Assert.Equal(new[] { 1 << 28, -(1 << 29), 1 << 27, 3 << 29, -(3 << 28) }, q);
    }

    [Fact]
    public void ToQ15_UsesTheCmsisLayout_WithItsPaddingZero()
    {
        // {b0, 0, b1, b2, -a1, -a2} × 2^-1 in Q15.
        short[] q = CoefficientQuantizer.ToQ15([Section], 1);
        Assert.Equal(new short[] { 4096, 0, -8192, 2048, 24576, -12288 }, q);
    }

    [Fact]
    public void CoefficientsTooLargeForThePostShift_AreRejected()
    {
        // −a1 = 1.5 does not fit [-1, 1) without a post-shift.
        var ex = Assert.Throws<ArgumentOutOfRangeException>("postShift", () => CoefficientQuantizer.ToQ31([Section], 0));
        Assert.Contains("Section 0", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("postShift", () => CoefficientQuantizer.ToQ15([Section], 0));
    }
}
