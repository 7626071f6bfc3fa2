using System;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class EnsembleAverageTests
{
    [Fact]
    public void MeanOfProbabilities_NotOfLogProbabilities()
    {
        // Member a: P = (0.9, 0.1), member b: P = (0.3, 0.7). Mean P = (0.6, 0.4); the mean of the logs would favour
        // class 0 far more (log 0.9 + log 0.3 vs log 0.1 + log 0.7 gives geometric means 0.52 vs 0.26).
        float[] a = { (float)Math.Log(0.9), (float)Math.Log(0.1) };
        float[] b = { (float)Math.Log(0.3), (float)Math.Log(0.7) };
        float[] mean = EnsembleAverage.LogMeanProbability(new[] { a, b });
        Assert.Equal(0.6, Math.Exp(mean[0]), 6);
        Assert.Equal(0.4, Math.Exp(mean[1]), 6);
    }

    [Fact]
    public void OneMember_IsReturnedUnchanged()
    {
        float[] a = { -0.1f, -2.5f, -7f };
        float[] mean = EnsembleAverage.LogMeanProbability(new[] { a });
        for (int i = 0; i < a.Length; i++)
            Assert.Equal(a[i], mean[i], 5);
    }

    [Fact]
    public void VanishingProbabilities_AreFloored_SoTheLogStaysFinite()
    {
        float[] a = { 0f, -1000f };
        float[] mean = EnsembleAverage.LogMeanProbability(new[] { a, a });
        Assert.Equal(BeatNetOnnxExporter.EnsembleLogFloor, mean[1], 3);
        Assert.True(float.IsFinite(mean[1]));
    }

    [Fact]
    public void NoMember_OrMembersOfDifferentLength_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => EnsembleAverage.LogMeanProbability(Array.Empty<float[]>()));
        var e = Assert.Throws<ArgumentException>(() => EnsembleAverage.LogMeanProbability(new[] { new float[5], new float[10] }));
        Assert.Contains("member 1 gives 10", e.Message, StringComparison.Ordinal);
    }
}
