using System;
using System.Linq;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class ChainInputTests
{
    [Theory]
    [InlineData(250)]
    [InlineData(360)]
    [InlineData(500)]
    public void ChainRates_PassThroughUnchanged(int rate)
    {
        short[] x = { 1, -2, 3, 400, -500 };
        ChainInput input = ChainInput.From(x, rate, "r");
        Assert.Same(x, input.Samples);
        Assert.False(input.Resampled);
        Assert.Equal(rate, input.ChainRateHz);
        Assert.Equal(123, input.ToRecordSample(123));
        Assert.Equal(123, input.ToChainSample(123));
    }

    [Theory]
    [InlineData(128, 12.0)]
    [InlineData(257, 12.0)]
    [InlineData(1000, 30.0)]
    public void OtherRates_AreResampledTo250Hz_InPhaseAndAtFullGain(int rate, double toneHz)
    {
        // A tone at the record's rate comes out as the same tone at 250 Hz, delayed by exactly the stated delay.
        int n = rate * 8;
        const double amplitude = 8000;
        short[] x = Enumerable.Range(0, n).Select(i => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * toneHz * i / rate))).ToArray();
        ChainInput input = ChainInput.From(x, rate, "r");
        Assert.True(input.Resampled);
        Assert.Equal(250, input.ChainRateHz);
        Assert.Equal(rate, input.RecordRateHz);
        Assert.Equal(n, input.RecordLength);
        Assert.InRange(input.Samples.Length, 250 * 8 - 2, 250 * 8 + 2);
        double worst = 0;
        for (int m = 2 * input.ResamplerDelay + 100; m < input.Samples.Length - 100; m++)
        {
            double expected = amplitude * Math.Sin(2 * Math.PI * toneHz * (m - input.ResamplerDelay) / 250.0);
            worst = Math.Max(worst, Math.Abs(input.Samples[m] - expected));
        }
        Assert.True(worst < 0.01 * amplitude, $"worst error {worst:F1} of {amplitude}");
    }

    [Fact]
    public void Positions_MapBetweenTheRecordAndTheChainInput()
    {
        ChainInput input = ChainInput.From(new short[128 * 60], 128, "r");
        int d = input.ResamplerDelay;
        Assert.True(d > 0);
        // Record sample 1280 is 10 s in: chain sample 2500 + delay, and back.
        Assert.Equal(2500 + d, input.ToChainSample(1280));
        Assert.Equal(1280, input.ToRecordSample(2500 + d));
        foreach (long s in new long[] { 0, 1, 77, 5000, 7679 })
            Assert.Equal(s, input.ToRecordSample(input.ToChainSample(s)));
        Assert.Equal(0, input.ToRecordSample(0)); // before the delay: clamped to the record
        Assert.Equal(128 * 60 - 1, input.ToRecordSample(10_000_000));
    }

    [Fact]
    public void DesignedResampler_HasTheStatedShape()
    {
        PolyphaseResamplerQ15 r = ChainInput.CreateResampler(128);
        Assert.Equal(125, r.UpFactor);
        Assert.Equal(64, r.DownFactor);
        r = ChainInput.CreateResampler(257);
        Assert.Equal(250, r.UpFactor);
        Assert.Equal(257, r.DownFactor);
        r = ChainInput.CreateResampler(1000);
        Assert.Equal(1, r.UpFactor);
        Assert.Equal(4, r.DownFactor);
        Assert.Throws<ArgumentOutOfRangeException>(() => ChainInput.CreateResampler(360));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChainInput.CreateResampler(99));
    }

    [Theory]
    [InlineData(99.0)]
    [InlineData(10_001.0)]
    [InlineData(128.5)]
    public void UnusableRates_AreRefusedNamingTheRecordAndTheRange(double rate)
    {
        var e = Assert.Throws<NotSupportedException>(() => ChainInput.From(new short[10], rate, "x7"));
        Assert.Contains("record x7", e.Message, StringComparison.Ordinal);
        Assert.Contains("from 100 to 10000 Hz", e.Message, StringComparison.Ordinal);
    }
}
