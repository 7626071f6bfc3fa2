using System;
using EdgeEcg.Dsp.Spectrogram;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

public class Log2Q16Tests(ITestOutputHelper output)
{
    [Fact]
    public void PowersOfTwoAreExact()
    {
        for (int e = 0; e < 64; e++)
        {
            Assert.Equal(e << 16, Log2Q16.Of(1UL << e));
        }
    }

    [Fact]
    public void ZeroMapsToTheDocumentedSentinel() => Assert.Equal(Log2Q16.OfZero, Log2Q16.Of(0));

    [Fact]
    public void ErrorAgainstMathLog2IsWithinTwoToTheMinus14()
    {
        uint state = 2024;
        double worst = 0;
        for (int i = 0; i < 200_000; i++)
        {
            ulong x = ((ulong)TestSignals.Next(ref state) << 32 | TestSignals.Next(ref state)) >> (i % 64);
            if (x == 0)
            {
                continue;
            }

            double error = Math.Abs(Log2Q16.Of(x) / 65536.0 - Math.Log2(x));
            worst = Math.Max(worst, error);
        }

        output.WriteLine($"max |error| = {worst:E3} (log2 units) = {worst * 3.0103:E3} dB of power");
        Assert.True(worst <= 1.0 / 16384, $"max |error| {worst:E3}");
    }

    [Fact]
    public void IsMonotonic()
    {
        int previous = Log2Q16.Of(1);
        for (ulong x = 2; x < 300_000; x++)
        {
            int current = Log2Q16.Of(x);
            Assert.True(current >= previous, $"log2({x}) = {current} < log2({x - 1}) = {previous}");
            previous = current;
        }
    }
}
