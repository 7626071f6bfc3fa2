using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Tests.Reference;
using EdgeEcg.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Filters;

/// <summary>
/// The fixed-point chain against a double-precision run of the very same design (<see cref="EcgFilterDesign"/>).
/// The output is int16 at 5 µV/LSB, so rounding it (0.29 LSB rms) bounds the SNR any implementation can
/// reach: about 96 dB for a 20000 LSB tone but only 40–50 dB for a real ECG of a few hundred LSB. Each
/// test therefore states an absolute SNR bound (just under what was measured) and checks that the chain
/// stays within 0.5 dB of that rounding floor, with no sample off by more than 0.55 LSB.
/// </summary>
public class EcgFilterChainAccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(250, MainsFrequency.Hz50, 7.0)]
    [InlineData(250, MainsFrequency.Hz60, 23.0)]
    [InlineData(500, MainsFrequency.Hz50, 7.0)]
    [InlineData(500, MainsFrequency.Hz60, 31.0)]
    public void Tone_AgreesWithDoubleReference(int fs, MainsFrequency mains, double frequencyHz)
    {
        short[] x = Tone.Sine(20000, frequencyHz, fs, 30 * fs);
        Comparison c = Compare(x, fs, mains);
        output.WriteLine($"{fs} Hz {mains}, {frequencyHz} Hz tone of 20000 LSB: {c}");
        Assert.True(c.SnrDb >= 90, c.ToString()); // measured 93.3–93.8 dB
        c.AssertAtTheRoundingFloor();
    }

    [EcgDataTheory]
    [InlineData("100", 250, MainsFrequency.Hz60, 40.0)]
    [InlineData("208", 250, MainsFrequency.Hz60, 48.0)]
    [InlineData("119", 250, MainsFrequency.Hz50, 49.0)]
    [InlineData("100", 500, MainsFrequency.Hz60, 40.0)]
    public void MitdbLead_AgreesWithDoubleReference(string record, int fs, MainsFrequency mains, double minSnrDb)
    {
        // 2 minutes of MLII at 360 Hz, resampled to 250 Hz for the 250 Hz chain. The 500 Hz chain gets the
        // 360 Hz samples as they are: this compares two implementations of one filter on one real input,
        // whatever rate it was sampled at.
        short[] raw = MitdbSignal.Read(record, 0, 120 * 360);
        short[] x = fs == 250 ? Resample(raw) : raw;
        Comparison c = Compare(x, fs, mains);
        output.WriteLine($"mitdb {record} MLII at {fs} Hz {mains}: {c}");
        Assert.True(c.SnrDb >= minSnrDb, c.ToString());
        c.AssertAtTheRoundingFloor();
    }

    private static Comparison Compare(short[] x, int fs, MainsFrequency mains)
    {
        short[] y = new short[x.Length];
        EcgFilterChain.Create(fs, mains).Process(x, 0, y, 0, x.Length);
        double[] reference = new BiquadReference(EcgFilterDesign.Sections(fs, mains)).Process(x);
        return new Comparison(
            ErrorMetrics.SnrDb(y, reference, 0, x.Length),
            RoundingFloor.SnrDb(reference, 0, x.Length),
            ErrorMetrics.MaxAbsError(y, reference, 0, x.Length));
    }

    private static short[] Resample(short[] x)
    {
        PolyphaseResamplerQ15 resampler = PolyphaseResamplerQ15.Create360To250();
        short[] y = new short[resampler.MaxOutputCount(x.Length)];
        int n = resampler.Process(x, 0, x.Length, y, 0);
        Array.Resize(ref y, n);
        return y;
    }

    private readonly record struct Comparison(double SnrDb, double FloorDb, double MaxError)
    {
        public void AssertAtTheRoundingFloor()
        {
            Assert.True(SnrDb >= FloorDb - 0.5, ToString());
            Assert.True(MaxError <= 0.55, ToString()); // measured ≤ 0.518 LSB
        }

        public override string ToString() => $"SNR {SnrDb:F1} dB (int16 rounding floor {FloorDb:F1} dB), max |error| {MaxError:F3} LSB";
    }
}
