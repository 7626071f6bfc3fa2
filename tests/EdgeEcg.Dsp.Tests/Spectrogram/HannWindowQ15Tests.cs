using System;
using EdgeEcg.Dsp.Spectrogram;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

public class HannWindowQ15Tests
{
    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(128)]
    public void CoefficientsMatchThePeriodicHannFormulaWithinThreeQuartersOfAnLsb(int length)
    {
        var window = new HannWindowQ15(length);
        Assert.Equal(length, window.Length);
        for (int n = 0; n < length; n++)
        {
            double exact = Math.Min(32767.0, 32768.0 * 0.5 * (1.0 - Math.Cos(2.0 * Math.PI * n / length)));
            Assert.True(Math.Abs(window[n] - exact) <= 0.75, $"L={length} w[{n}] = {window[n]}, formula {exact:F2}");
        }
    }

    [Fact]
    public void WindowIsZeroAtTheStartPeaksInTheMiddleAndIsSymmetric()
    {
        var window = new HannWindowQ15(64);
        Assert.Equal(0, window[0]);
        Assert.Equal(32767, window[32]);
        for (int n = 1; n < 64; n++)
        {
            Assert.Equal(window[n], window[64 - n]);
        }
    }

    [Fact]
    public void ApplyMultipliesAndRoundsKeepingTheRequestedFractionBits()
    {
        var window = new HannWindowQ15(64);
        var src = new short[70];
        for (int i = 0; i < src.Length; i++)
        {
            src[i] = (short)(i % 2 == 0 ? 32767 : -32768);
        }

        var dst = new int[66];
        window.Apply(src, 3, dst, 2, 7);
        for (int n = 0; n < 64; n++)
        {
            double exact = src[3 + n] * (double)window[n] / 256.0;
            Assert.True(Math.Abs(dst[2 + n] - exact) <= 0.5, $"n={n}: {dst[2 + n]} vs {exact}");
        }

        Assert.Equal(0, dst[0]);
        Assert.Equal(0, dst[1]);
    }

    [Theory]
    [InlineData(1, 22)]
    [InlineData(3, 22)]
    [InlineData(200, 22)]
    [InlineData(32767, 22)]
    [InlineData(-32768, 22)]
    [InlineData(1000, 12)]
    public void BlockFloatNormalizesThePeakAndReturnsTheExponent(int amplitude, int peakBits)
    {
        var window = new HannWindowQ15(64);
        var src = new short[64];
        for (int n = 0; n < 64; n++)
        {
            src[n] = (short)(n % 3 == 0 ? amplitude : -amplitude / 3);
        }

        var dst = new int[64];
        int e = window.ApplyBlockFloat(src, 0, dst, 0, peakBits);
        int peak = 0;
        for (int n = 0; n < 64; n++)
        {
            double exact = (double)src[n] * window[n];
            double scaled = dst[n] * Math.Pow(2, e);
            double tolerance = e > 0 ? Math.Pow(2, e - 1) : 0;
            Assert.True(Math.Abs(scaled - exact) <= tolerance, $"n={n}: {scaled} vs {exact} (e={e})");
            peak = Math.Max(peak, Math.Abs(dst[n]));
        }

        Assert.InRange(peak, 1 << (peakBits - 1), 1 << peakBits);
    }

    [Fact]
    public void BlockFloatOfSilenceIsZero()
    {
        var dst = new int[64];
        Array.Fill(dst, 7);
        new HannWindowQ15(64).ApplyBlockFloat(new short[64], 0, dst, 0, 22);
        Assert.All(dst, v => Assert.Equal(0, v));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void BlockFloatRejectsPeakBitsOutsideItsRange(int peakBits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HannWindowQ15(64).ApplyBlockFloat(new short[64], 0, new int[64], 0, peakBits));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(48)]
    [InlineData(256)]
    public void RejectsLengthsThatAreNotPowersOfTwoFrom4To128(int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HannWindowQ15(length));

    [Fact]
    public void RejectsAnUpShiftOutsideItsRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HannWindowQ15(64).Apply(new short[64], 0, new int[64], 0, 15));
}
