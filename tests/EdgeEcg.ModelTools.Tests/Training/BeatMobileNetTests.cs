using EdgeEcg.ModelTools.Training;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Tests.Training;

[Collection(TorchCollection.Name)]
public class BeatMobileNetTests
{
    [Fact]
    public void Forward_GivesOneLogitPerClassPerBeat()
    {
        torch.manual_seed(1);
        using var net = new BeatMobileNet(new BeatNetOptions(1.0, RrFeatureCount: 6, ClassCount: 5));
        net.eval();
        using Tensor x = torch.randn(3, 1, 32, 32);
        using Tensor rr = torch.randn(3, 6);
        using Tensor y = net.forward(x, rr);
        Assert.Equal(new long[] { 3, 5 }, y.shape);
    }

    [Fact]
    public void BatchNorms_HaveNoBatchCounter_AndStillTrackRunningStatistics()
    {
        torch.manual_seed(3);
        using var net = new BeatMobileNet(new BeatNetOptions(1.0, RrFeatureCount: 6, ClassCount: 5));
        Assert.DoesNotContain(net.named_buffers(), b => b.name.EndsWith("num_batches_tracked", System.StringComparison.Ordinal));
        Assert.Contains(net.named_buffers(), b => b.name == "rrNorm.running_mean");
        float before = net.RrNorm.running_mean!.data<float>()[0];
        net.train();
        using (Tensor y = net.forward(torch.randn(4, 1, 32, 32), torch.randn(4, 6) * 5 + 10))
        {
        }
        float after = net.RrNorm.running_mean!.data<float>()[0];
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void WidthMultiplier_ScalesParameterCount()
    {
        using var small = new BeatMobileNet(new BeatNetOptions(0.5, 6, 5));
        using var large = new BeatMobileNet(new BeatNetOptions(1.0, 6, 5));
        Assert.True(Count(large) > 2 * Count(small));
    }

    [Fact]
    public void FoldedConv_EqualsConvFollowedByBatchNormInEvalMode()
    {
        torch.manual_seed(2);
        using var layer = new ConvBn("t", 4, 6, 3, 2, 1, relu: false);
        // Train briefly so the running statistics move away from their initial values.
        layer.train();
        for (int i = 0; i < 5; i++)
        {
            using Tensor t = layer.forward(torch.randn(8, 4, 9, 9) * 3 + 1);
        }
        layer.eval();
        using Tensor x = torch.randn(2, 4, 9, 9);
        using Tensor expected = layer.forward(x);
        FoldedConv f = layer.Fold();
        using Tensor w = torch.tensor(f.Weights).reshape(6, 4, 3, 3);
        using Tensor b = torch.tensor(f.Bias);
        using Tensor actual = nn.functional.conv2d(x, w, b, strides: new long[] { 2, 2 }, padding: new long[] { 1, 1 });
        Assert.True(torch.allclose(expected, actual, rtol: 1e-4, atol: 1e-5));
    }

    [Fact]
    public void ImageDropout_InTrainingCanHideTheImage_ButEvaluationAlwaysUsesIt()
    {
        torch.manual_seed(3);
        using var net = new BeatMobileNet(new BeatNetOptions(1.0, RrFeatureCount: 6, ClassCount: 5)) { ImageDropout = 0.999999 };
        using Tensor a = torch.randn(4, 1, 32, 32);
        using Tensor b = torch.randn(4, 1, 32, 32) * 2;
        using Tensor rr = torch.randn(4, 6);
        net.train();
        using (Tensor ya = net.forward(a, rr))
        using (Tensor yb = net.forward(b, rr))
            Assert.True(torch.allclose(ya, yb), "with the image dropped the logits depend on the beat features only");
        net.eval();
        using (Tensor ya = net.forward(a, rr))
        using (Tensor yb = net.forward(b, rr))
            Assert.False(torch.allclose(ya, yb), "in evaluation the image is always used");
    }

    [Fact]
    public void BeatFeatures_AreStandardisedBeforeTheJoin_SoAnOffsetDoesNotSwampThem()
    {
        // Two batches whose features differ only by a large common offset give the same training-mode logits:
        // the batch normalisation removes it (the raw ratios sit near 1 and differ by tenths).
        torch.manual_seed(4);
        using var net = new BeatMobileNet(new BeatNetOptions(1.0, RrFeatureCount: 6, ClassCount: 5));
        net.train();
        using Tensor x = torch.randn(8, 1, 32, 32);
        using Tensor rr = torch.randn(8, 6) * 0.1;
        using Tensor ya = net.forward(x, rr);
        using Tensor yb = net.forward(x, rr + 100);
        Assert.True(torch.allclose(ya, yb, rtol: 1e-3, atol: 1e-3));
    }

    private static long Count(nn.Module m)
    {
        long n = 0;
        foreach (var p in m.parameters())
            n += p.numel();
        return n;
    }
}
