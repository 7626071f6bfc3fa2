using System;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class SvebSinusVetoTests
{
    [Fact]
    public void OnlySCalls_WithASinusLikePWave_BecomeN()
    {
        var labels = new[] { AamiClass.S, AamiClass.S, AamiClass.S, AamiClass.V, AamiClass.N };
        float[] corr = { 0.95f, 0.9f, 0.89f, 0.99f, 0.99f };
        int n = new SvebSinusVeto(0.9).Apply(labels, corr);
        Assert.Equal(2, n);
        Assert.Equal(new[] { AamiClass.N, AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.N }, labels);
    }

    [Theory]
    [InlineData("0.9", 0.9)]
    [InlineData("1", 1.0)]
    [InlineData("0.85", 0.85)]
    public void Parse_TakesACorrelationAboveZeroUpToOne(string text, double expected) =>
        Assert.Equal(expected, SvebSinusVeto.Parse(text).Threshold);

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.01")]
    [InlineData("NaN")]
    [InlineData("ninety")]
    public void Parse_RefusesAnythingElse_NamingIt(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => SvebSinusVeto.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SvebSinusVeto(double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out double t) ? t : 2));
    }

    [Fact]
    public void MismatchedLengths_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new SvebSinusVeto(0.9).Apply(new AamiClass[3], new float[2]));
        Assert.Contains("3 labels but 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_IsTheThresholdAsTheCommandLineTakesIt() => Assert.Equal("0.9", new SvebSinusVeto(0.9).ToString());
}
