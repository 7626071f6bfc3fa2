using System;
using EdgeEcg.Dsp.Pipeline;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Pipeline;

public class CanonicalSamplesTests
{
    [Fact]
    public void MitBihUnitsPassUnchangedLessTheBaseline()
    {
        Assert.Equal(new short[] { -1024, 0, 1023 }, CanonicalSamples.FromAdu(new[] { 0, 1024, 2047 }, 1024, 200));
    }

    [Fact]
    public void OtherGainsAreRescaledAndRounded()
    {
        // 100 adu/mV: one adu is 10 µV = 2 LSB; 400 adu/mV: one adu is 2.5 µV = 0.5 LSB (rounded away from zero).
        Assert.Equal(new short[] { 2, -2, 20 }, CanonicalSamples.FromAdu(new[] { 1, -1, 10 }, 0, 100));
        Assert.Equal(new short[] { 1, -1, 2 }, CanonicalSamples.FromAdu(new[] { 1, -1, 3 }, 0, 400));
    }

    [Fact]
    public void OutOfRangeValuesSaturate()
    {
        Assert.Equal(new short[] { short.MaxValue, short.MinValue }, CanonicalSamples.FromAdu(new[] { 100000, -100000 }, 0, 200));
    }

    [Fact]
    public void RejectsNonPositiveGain()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CanonicalSamples.FromAdu(new[] { 1 }, 0, 0));
        Assert.Throws<ArgumentNullException>(() => CanonicalSamples.FromAdu(null!, 0, 200));
    }
}
