using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class ClassWeightsTests
{
    [Fact]
    public void Balanced_WeightsAreInverseToFrequency_AbsentClassesGetZero_RareClassesAreClamped()
    {
        float[] w = ClassWeights.Compute(new[] { 900, 90, 10, 0, 1 }, power: 1.0, maxWeight: 30);
        // total 1001 over 4 present classes: N 1001/(4*900)
        Assert.Equal(1001.0 / 3600, w[0], 5);
        Assert.Equal(1001.0 / 360, w[1], 5);
        Assert.Equal(1001.0 / 40, w[2], 4);
        Assert.Equal(0f, w[3]);
        Assert.Equal(30f, w[4]); // 1001/4 = 250 before clamping
    }

    [Fact]
    public void PowerZero_IsUnweighted()
    {
        float[] w = ClassWeights.Compute(new[] { 5, 50, 500 }, power: 0, maxWeight: 10);
        Assert.All(w, x => Assert.Equal(1f, x));
    }
}
