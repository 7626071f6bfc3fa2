using System;
using EdgeEcg.Device.SelfTest;
using Xunit;

namespace EdgeEcg.Device.Tests.SelfTest;

public class SignalMeasuresTests
{
    private static double[] Square(double amplitude, double hz, int sps, double seconds, double offset = 0)
    {
        var x = new double[(int)(sps * seconds)];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = offset + ((i * hz / sps) % 1.0 < 0.5 ? amplitude : -amplitude);
        }

        return x;
    }

    [Theory]
    [InlineData(1008.3, 1.0, 500)]
    [InlineData(500.0, 2.0, 250)]
    public void SquareWave_AmplitudeAndFrequency_AreRecovered(double amplitude, double hz, int sps)
    {
        double[] x = Square(amplitude, hz, sps, 3, offset: 40);
        Assert.Equal(amplitude, SignalMeasures.SquareWaveAmplitude(x), 6);
        Assert.Equal(hz, SignalMeasures.FrequencyHz(x, sps), 6);
    }

    [Fact]
    public void PeakToPeak_IsMaxMinusMin() => Assert.Equal(7.5, SignalMeasures.PeakToPeak([1, -2.5, 5, 0]));

    [Fact]
    public void Frequency_WithoutTwoCrossings_IsZero() => Assert.Equal(0, SignalMeasures.FrequencyHz(Square(1, 0.2, 500, 2), 500));

    [Fact]
    public void PeakToPeak_Empty_Throws() => Assert.Throws<ArgumentException>(() => SignalMeasures.PeakToPeak([]));
}
