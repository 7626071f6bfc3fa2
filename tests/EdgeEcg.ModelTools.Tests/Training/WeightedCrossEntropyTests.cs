using EdgeEcg.ModelTools.Training;
using Xunit;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Tests.Training;

public class WeightedCrossEntropyTests
{
    private static readonly float[] Logits = { 2f, -1f, 0.5f, 0.1f, 0.3f, -2f, -0.5f, 1.5f, 0f };
    private static readonly long[] Targets = { 0, 2, 1 };
    private static readonly float[] ClassW = { 1f, 3f, 0.5f };

    [Fact]
    public void UnitBeatWeights_AreTheClassWeightedMean()
    {
        using Tensor x = tensor(Logits, new long[] { 3, 3 });
        using Tensor y = tensor(Targets);
        using Tensor w = tensor(ClassW);
        using var reference = nn.CrossEntropyLoss(w);
        using Tensor expected = reference.forward(x, y);
        using Tensor ones = tensor(new float[] { 1, 1, 1 });
        using Tensor actual = WeightedCrossEntropy.Compute(x, y, w, ones);
        Assert.Equal(expected.item<float>(), actual.item<float>(), 5);
    }

    [Fact]
    public void ABeatOfWeightTwo_CountsAsThatBeatTwice()
    {
        using Tensor x = tensor(Logits, new long[] { 3, 3 });
        using Tensor y = tensor(Targets);
        using Tensor w = tensor(ClassW);
        using Tensor twice = tensor(new float[] { 1, 2, 1 });
        using Tensor weighted = WeightedCrossEntropy.Compute(x, y, w, twice);

        float[] dup = new float[12];
        System.Array.Copy(Logits, dup, 9);
        System.Array.Copy(Logits, 3, dup, 9, 3);
        using Tensor xd = tensor(dup, new long[] { 4, 3 });
        using Tensor yd = tensor(new long[] { 0, 2, 1, 2 });
        using var reference = nn.CrossEntropyLoss(w);
        using Tensor expected = reference.forward(xd, yd);
        Assert.Equal(expected.item<float>(), weighted.item<float>(), 5);
    }
}
