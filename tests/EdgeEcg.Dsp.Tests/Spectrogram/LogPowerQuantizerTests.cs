using System;
using EdgeEcg.Dsp.Spectrogram;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

public class LogPowerQuantizerTests
{
    [Fact]
    public void MatchesTheDoubleFormulaOverTheWholeCodeRange()
    {
        var quantizer = new LogPowerQuantizer(0.5, -128, -42.0);
        int mismatches = 0;
        for (double db = -10; db < 140; db += 0.0137)
        {
            ulong power = (ulong)Math.Pow(10, db / 10);
            double exactDb = 10 * Math.Log10(power) - 42.0;
            double expected = Math.Clamp(Math.Round(exactDb / 0.5) - 128, -128, 127);
            int got = quantizer.Quantize(power);
            Assert.True(Math.Abs(got - expected) <= 1, $"power {power}: {got} vs {expected}");
            mismatches += got != expected ? 1 : 0;
        }

        // Disagreements can only come from values within ~0.0002 dB of a rounding boundary.
        Assert.True(mismatches <= 3, $"{mismatches} codes differ from round-to-nearest");
    }

    [Fact]
    public void ZeroPowerAndHugePowerSaturate()
    {
        var quantizer = new LogPowerQuantizer(0.5, -128, 0.0);
        Assert.Equal(-128, quantizer.Quantize(0));
        Assert.Equal(-128, quantizer.Quantize(1));
        Assert.Equal(127, quantizer.Quantize(ulong.MaxValue));
    }

    [Fact]
    public void ZeroPointIsTheCodeOfZeroDb()
    {
        var quantizer = new LogPowerQuantizer(0.25, 7, -60.0);
        Assert.Equal(7, quantizer.Quantize(1_000_000));
        Assert.Equal(7 + 40, quantizer.Quantize(10_000_000));
    }

    [Fact]
    public void ExponentScalesThePowerByAPowerOfTwo()
    {
        var quantizer = new LogPowerQuantizer(0.5, -108, 0.0);
        uint state = 11;
        for (int i = 0; i < 10_000; i++)
        {
            ulong power = TestSignals.Next(ref state);
            int exponent = (int)(TestSignals.Next(ref state) % 31);
            Assert.Equal(quantizer.Quantize(power << exponent), quantizer.Quantize(power, exponent));
            Assert.Equal(quantizer.Quantize(power), quantizer.Quantize(power << exponent, -exponent));
        }
    }

    [Theory]
    [InlineData(-257)]
    [InlineData(257)]
    public void RejectsAnExponentOutsideItsRange(int exponent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogPowerQuantizer(0.5, 0, 0.0).Quantize(1, exponent));

    [Theory]
    [InlineData(0.0, 0, 0.0)]
    [InlineData(-1.0, 0, 0.0)]
    [InlineData(double.NaN, 0, 0.0)]
    [InlineData(0.5, 128, 0.0)]
    [InlineData(0.5, -129, 0.0)]
    [InlineData(0.5, 0, double.NaN)]
    [InlineData(0.5, 0, 5000.0)]
    public void RejectsInvalidParameters(double scale, int zeroPoint, double offsetDb) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LogPowerQuantizer(scale, zeroPoint, offsetDb));
}
