using System;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Resampling.Design;
using EdgeEcg.Dsp.Tests.Reference;
using EdgeEcg.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Resampling;

public class PolyphaseResamplerQ15Tests(ITestOutputHelper output)
{
    private const double Amplitude = 20000;

    [Fact]
    public void Create360To250_HasTheDocumentedShape()
    {
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        Assert.Equal(25, r.UpFactor);
        Assert.Equal(36, r.DownFactor);
        Assert.Equal(7, r.DelayOutputSamples);
    }

    [Fact]
    public void LinearInterpolationPrototype_InterpolatesByTwo()
    {
        // h = {0.5, 1, 0.5} with L = 2 is linear interpolation: phase 0 averages neighbours, phase 1 copies.
        var r = new PolyphaseResamplerQ15([16384, 32767, 16384], upFactor: 2, downFactor: 1);
        short[] y = new short[6];
        Assert.Equal(6, r.Process([100, 200, 300], 0, 3, y, 0));
        Assert.Equal(new short[] { 50, 100, 150, 200, 250, 300 }, y);
    }

    [Fact]
    public void UnitPrototype_WithDownFactor3_KeepsEveryThirdSample()
    {
        var r = new PolyphaseResamplerQ15([32767], upFactor: 1, downFactor: 3);
        short[] y = new short[3];
        Assert.Equal(3, r.Process([10, 11, 12, 13, 14, 15, 16], 0, 7, y, 0));
        Assert.Equal(new short[] { 10, 13, 16 }, y);
    }

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
    [InlineData(75.0)]
    [InlineData(90.0)]
    [InlineData(100.0)]
    [InlineData(120.0)]
    [InlineData(135.0)]
    [InlineData(150.0)]
    public void ImagesFalling_Into0To40Hz_AreRejectedBy60Db(double f)
    {
        // A 360 Hz input tone f has an image at 360 − f; kept every 36th sample at 9000 Hz it lands at |f − 110| Hz.
        double image = Math.Abs(f - 110);
        double rejectionDb = -Tone.Db(Measure(f, image) / Amplitude);
        output.WriteLine($"{f} Hz → image at {image} Hz: {rejectionDb:F1} dB down");
        Assert.True(rejectionDb >= 60, $"{rejectionDb:F1} dB");
    }

    [Theory]
    [InlineData(170.0)]
    [InlineData(175.0)]
    [InlineData(179.0)]
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
        // A 3 Hz tone: output n must equal the input's value at time (n − 7) / 250 s.
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        (short[] y, _) = Run(r, Tone.Sine(Amplitude, 3, 360, 3600));
        (double a, double phase) = Tone.Fit(y, 100, y.Length - 100, 3, 250);
        double lagSamples = -phase / (2 * Math.PI * 3 / 250);
        Assert.Equal(Amplitude, a, Amplitude * 1e-3);
        Assert.InRange(lagSamples, r.DelayOutputSamples - 0.01, r.DelayOutputSamples + 0.01);
    }

    [Fact]
    public void TenSecondsAt360Hz_Give2500Outputs()
    {
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        Assert.Equal(2500, r.OutputCount(3600));
        Assert.Equal(2500, r.MaxOutputCount(3600));
        Assert.Equal(2500, r.Process(new short[3600], 0, 3600, new short[2500], 0));
    }

    [EcgDataFact]
    public void MitdbLead_AgreesWithTextbookDoubleResampler()
    {
        short[] x = MitdbSignal.Read("100", 0, 60 * 360);
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        (short[] y, _) = Run(r, x);
        double[] reference = ResamplerReference.Resample(x, ResamplerDesign.Prototype360To250(), 25, 36, y.Length);
        double snr = ErrorMetrics.SnrDb(y, reference, 0, y.Length);
        double floor = RoundingFloor.SnrDb(reference, 0, y.Length);
        double maxError = ErrorMetrics.MaxAbsError(y, reference, 0, y.Length);
        output.WriteLine($"mitdb 100 MLII, 60 s: SNR {snr:F1} dB (int16 rounding floor {floor:F1} dB), max |error| {maxError:F3} LSB");

        // The int16 output's own rounding sets the floor for a real ECG of a few hundred LSB; Q15 taps add little.
        Assert.True(snr >= 47, $"SNR {snr:F1} dB");
        Assert.True(snr >= floor - 0.5, $"SNR {snr:F1} dB vs floor {floor:F1} dB");
        Assert.True(maxError <= 0.75, $"max error {maxError:F3} LSB");
    }

    [Fact]
    public void Blocks_OfAnySize_GiveTheSameOutputAsOneCall()
    {
        short[] x = Tone.Sine(15000, 11.7, 360, 5000);
        (short[] whole, _) = Run(PolyphaseResamplerQ15.Create360To250(), x);

        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        short[] parts = new short[r.MaxOutputCount(x.Length)];
        int offset = 0;
        int written = 0;
        foreach (int size in Blocks.Sizes(x.Length, seed: 4))
        {
            int expected = r.OutputCount(size);
            Assert.InRange(expected, 0, r.MaxOutputCount(size));
            int n = r.Process(x, offset, size, parts, written);
            Assert.Equal(expected, n);
            offset += size;
            written += n;
        }

        Assert.Equal(whole, parts[..written]);
    }

    [Fact]
    public void FullScaleSquareWave_ClipsWithoutWrapping()
    {
        // Band-limiting a full-scale square wave overshoots (Gibbs) past ±32767: it must clip, not wrap.
        short[] x = new short[3600];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (i / 90) % 2 == 0 ? short.MaxValue : short.MinValue;
        }

        (short[] y, PolyphaseResamplerQ15 r) = Run(PolyphaseResamplerQ15.Create360To250(), x);
        // Against the quantized taps, the kernel's arithmetic must be exact up to the final rounding and clipping.
        double[] reference = ResamplerReference.Resample(x, ResamplerReference.Dequantize(ResamplerCoefficients.Prototype360To250()), 25, 36, y.Length);
        int clipped = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double expected = Math.Clamp(reference[i], short.MinValue, short.MaxValue);
            clipped += expected != reference[i] ? 1 : 0;
            Assert.InRange(y[i] - expected, -0.5, 0.5);
        }

        Assert.True(clipped > 10, "the square wave must overshoot full scale");
        Assert.Equal(7, r.DelayOutputSamples);
    }

    [Fact]
    public void Reset_RestartsAsIfNew()
    {
        short[] x = Tone.Sine(9000, 5, 360, 1000);
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        (short[] first, _) = Run(r, x[..333]);
        r.Reset();
        (short[] second, _) = Run(r, x[..333]);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Process_AllocatesNothing()
    {
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        short[] x = Tone.Sine(1000, 10, 360, 360);
        short[] y = new short[r.MaxOutputCount(x.Length)];
        Assert.Equal(0, Allocations.Measure(() => r.Process(x, 0, x.Length, y, 0), 1000));
    }

    [Fact]
    public void TooSmallDestination_IsRejectedBeforeAnythingIsWritten()
    {
        PolyphaseResamplerQ15 r = PolyphaseResamplerQ15.Create360To250();
        short[] dst = new short[24];
        Assert.Throws<ArgumentOutOfRangeException>("dst", () => r.Process(new short[36], 0, 36, dst, 0)); // needs 25
        Assert.Equal(25, r.OutputCount(36)); // state untouched by the failed call
        Assert.Throws<ArgumentOutOfRangeException>("inputCount", () => r.MaxOutputCount(-1));
        Assert.Throws<ArgumentNullException>("prototypeQ15", () => new PolyphaseResamplerQ15(null!, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>("upFactor", () => new PolyphaseResamplerQ15(new short[3], 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>("downFactor", () => new PolyphaseResamplerQ15(new short[3], 2, 0));
        Assert.Throws<ArgumentException>("prototypeQ15", () => new PolyphaseResamplerQ15([], 2, 3));
    }

    private static double Measure(double inputHz, double outputHz)
    {
        // The tone itself (or its alias 250 − f) is fitted jointly so it cannot leak into a weak image.
        (short[] y, _) = Run(PolyphaseResamplerQ15.Create360To250(), Tone.Sine(Amplitude, inputHz, 360, 360 * 20));
        double main = inputHz < 125 ? inputHz : 250 - inputHz;
        double[] frequencies = Math.Abs(main - outputHz) < 1e-9 ? [outputHz] : [outputHz, main];
        (double[] a, _) = Tone.FitMany(y, 100, y.Length - 100, frequencies, 250);
        return a[0];
    }

    private static (short[] Output, PolyphaseResamplerQ15 Resampler) Run(PolyphaseResamplerQ15 r, short[] x)
    {
        short[] y = new short[r.MaxOutputCount(x.Length)];
        int n = r.Process(x, 0, x.Length, y, 0);
        return (y[..n], r);
    }
}
