using System;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Resampling.Design;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Resampling;

public class HalfbandDecimatorQ15Tests(ITestOutputHelper output)
{
    private const double Amplitude = 20000;

    [Fact]
    public void Passband_0Point5To40Hz_RipplesLessThan0Point1Db()
    {
        for (double f = 0.5; f <= 40; f += 2.5)
        {
            double gainDb = Tone.Db(Measure(f, f) / Amplitude);
            output.WriteLine($"{f} Hz → {gainDb:F4} dB");
            Assert.InRange(gainDb, -0.1, 0.1);
        }
    }

    [Theory]
    [InlineData(170.0)]
    [InlineData(200.0)]
    [InlineData(210.0)]
    [InlineData(230.0)]
    [InlineData(249.0)]
    public void InputAbove170Hz_AliasingBelow80Hz_IsRejectedBy60Db(double f)
    {
        double alias = 250 - f;
        double rejectionDb = -Tone.Db(Measure(f, alias) / Amplitude);
        output.WriteLine($"{f} Hz → alias at {alias} Hz: {rejectionDb:F1} dB down");
        Assert.True(rejectionDb >= 60, $"{rejectionDb:F1} dB");
    }

    [Fact]
    public void Output_IsTheInputDelayedByDelayOutputSamples()
    {
        HalfbandDecimatorQ15 d = HalfbandDecimatorQ15.Create500To250();
        short[] y = Run(d, Tone.Sine(Amplitude, 3, 500, 5000));
        (double a, double phase) = Tone.Fit(y, 100, y.Length - 100, 3, 250);
        double lagSamples = -phase / (2 * Math.PI * 3 / 250);
        Assert.Equal(8, d.DelayOutputSamples);
        Assert.Equal(Amplitude, a, Amplitude * 1e-3);
        Assert.InRange(lagSamples, d.DelayOutputSamples - 0.01, d.DelayOutputSamples + 0.01);
    }

    [Fact]
    public void Random_AgreesWithTextbookDoubleDecimator()
    {
        var random = new Random(11);
        short[] x = new short[20000];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (short)random.Next(-8000, 8000);
        }

        short[] y = Run(HalfbandDecimatorQ15.Create500To250(), x);
        // Outputs come after odd inputs: output n is the filter at input index 2n + 1.
        double[] reference = ResamplerReference.Resample(x, ResamplerDesign.Halfband500To250(), 1, 2, y.Length, upsampledOffset: 1);
        double snr = ErrorMetrics.SnrDb(y, reference, 0, y.Length);
        double maxError = ErrorMetrics.MaxAbsError(y, reference, 0, y.Length);
        output.WriteLine($"white noise ±8000 LSB: SNR {snr:F1} dB, max |error| {maxError:F3} LSB");
        Assert.True(snr >= 75, $"SNR {snr:F1} dB");
        Assert.True(maxError <= 1.5, $"max error {maxError:F3} LSB");
    }

    [Fact]
    public void Blocks_OfAnySize_GiveTheSameOutputAsOneCall()
    {
        short[] x = Tone.Sine(15000, 21.3, 500, 5001);
        short[] whole = Run(HalfbandDecimatorQ15.Create500To250(), x);

        HalfbandDecimatorQ15 d = HalfbandDecimatorQ15.Create500To250();
        short[] parts = new short[d.MaxOutputCount(x.Length)];
        int offset = 0;
        int written = 0;
        foreach (int size in Blocks.Sizes(x.Length, seed: 5))
        {
            int expected = d.OutputCount(size);
            Assert.InRange(expected, 0, d.MaxOutputCount(size));
            int n = d.Process(x, offset, size, parts, written);
            Assert.Equal(expected, n);
            offset += size;
            written += n;
        }

        Assert.Equal(2500, written);
        Assert.Equal(whole, parts[..written]);
    }

    [Fact]
    public void FullScaleSquareWave_ClipsWithoutWrapping()
    {
        short[] x = new short[4000];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (i / 100) % 2 == 0 ? short.MaxValue : short.MinValue;
        }

        short[] y = Run(HalfbandDecimatorQ15.Create500To250(), x);
        // Against the quantized taps, the kernel's arithmetic must be exact up to the final rounding and clipping.
        double[] reference = ResamplerReference.Resample(x, ResamplerReference.Dequantize(ResamplerCoefficients.Halfband500To250()), 1, 2, y.Length, upsampledOffset: 1);
        int clipped = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double expected = Math.Clamp(reference[i], short.MinValue, short.MaxValue);
            clipped += expected != reference[i] ? 1 : 0;
            Assert.InRange(y[i] - expected, -0.5, 0.5);
        }

        Assert.True(clipped > 10, "the square wave must overshoot full scale");
    }

    [Fact]
    public void Reset_RestartsAsIfNew()
    {
        short[] x = Tone.Sine(9000, 5, 500, 777);
        HalfbandDecimatorQ15 d = HalfbandDecimatorQ15.Create500To250();
        short[] first = Run(d, x);
        d.Reset();
        short[] second = Run(d, x);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Process_AllocatesNothing()
    {
        HalfbandDecimatorQ15 d = HalfbandDecimatorQ15.Create500To250();
        short[] x = Tone.Sine(1000, 10, 500, 500);
        short[] y = new short[d.MaxOutputCount(x.Length)];
        Assert.Equal(0, Allocations.Measure(() => d.Process(x, 0, x.Length, y, 0), 1000));
    }

    [Fact]
    public void InvalidTaps_AreRejectedWithAReason()
    {
        Assert.Throws<ArgumentNullException>("tapsQ15", () => new HalfbandDecimatorQ15(null!));
        Assert.Throws<ArgumentException>("tapsQ15", () => new HalfbandDecimatorQ15(new short[5])); // not 4k + 3
        Assert.Throws<ArgumentException>("tapsQ15", () => new HalfbandDecimatorQ15([1, 0, 16384, 0, 2, 0, 0])); // not symmetric
        Assert.Throws<ArgumentException>("tapsQ15", () => new HalfbandDecimatorQ15([0, 3, 0, 16384, 0, 3, 0])); // even offset non-zero
    }

    [Fact]
    public void TooSmallDestination_IsRejected()
    {
        HalfbandDecimatorQ15 d = HalfbandDecimatorQ15.Create500To250();
        Assert.Throws<ArgumentOutOfRangeException>("dst", () => d.Process(new short[10], 0, 10, new short[4], 0));
        Assert.Equal(5, d.OutputCount(10));
    }

    private static double Measure(double inputHz, double outputHz)
    {
        short[] y = Run(HalfbandDecimatorQ15.Create500To250(), Tone.Sine(Amplitude, inputHz, 500, 500 * 20));
        (double a, _) = Tone.Fit(y, 100, y.Length - 100, outputHz, 250);
        return a;
    }

    private static short[] Run(HalfbandDecimatorQ15 d, short[] x)
    {
        short[] y = new short[d.MaxOutputCount(x.Length)];
        int n = d.Process(x, 0, x.Length, y, 0);
        return y[..n];
    }
}
