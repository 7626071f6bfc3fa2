using System;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class VebNoiseRejectTests
{
    private static readonly BeatWindowNoise Clean = new(qrsRange: 200, outsideActivity: 100, outsideRange: 60);
    private static readonly BeatWindowNoise Noisy = new(qrsRange: 200, outsideActivity: 601, outsideRange: 300);
    private static readonly BeatWindowNoise AtThreshold = new(qrsRange: 200, outsideActivity: 600, outsideRange: 300);

    [Fact]
    public void OnlyVCallsInNoisyWindowsWithAnImage_BecomeQ()
    {
        var rule = new VebNoiseReject(3);
        AamiClass[] labels = { AamiClass.V, AamiClass.V, AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.V };
        BeatWindowNoise[] windows = { Noisy, Clean, Noisy, Noisy, AtThreshold, Noisy };
        bool[] hasImage = { true, true, true, true, true, false };
        Assert.Equal(1, rule.Apply(labels, windows, hasImage));
        Assert.Equal(new[] { AamiClass.Q, AamiClass.V, AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.V }, labels);
    }

    [Fact]
    public void ZeroQrsRange_CountsAsOneLsb()
    {
        var rule = new VebNoiseReject(3);
        Assert.True(rule.IsNoisy(new BeatWindowNoise(0, 4, 0)));
        Assert.False(rule.IsNoisy(new BeatWindowNoise(0, 3, 0)));
    }

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("2.5", 2.5)]
    public void Parse_ReadsAPositiveRatio(string text, double ratio)
    {
        VebNoiseReject rule = VebNoiseReject.Parse(text);
        Assert.Equal(ratio, rule.Ratio);
        Assert.Equal((int)(ratio * 256), rule.RatioQ8);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("three")]
    [InlineData("NaN")]
    [InlineData("2.7")]
    [InlineData("1e9")]
    public void Parse_RejectsAnythingButAPositiveMultipleOf1Over256_NamingIt(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => VebNoiseReject.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedLengths_AreRejected() =>
        Assert.Throws<ArgumentException>(() => new VebNoiseReject(3).Apply(new AamiClass[2], new BeatWindowNoise[1], new bool[2]));
}
