using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Filters;

/// <summary>Frequency response of the fixed-point chain, measured with tones through <see cref="EcgFilterChain"/> itself.</summary>
public class EcgFilterChainResponseTests(ITestOutputHelper output)
{
    private const double Amplitude = 8000; // 40 mV: large enough that int16 rounding does not limit the measurement

    public static TheoryData<int, MainsFrequency> Variants => new()
    {
        { 250, MainsFrequency.None }, { 250, MainsFrequency.Hz50 }, { 250, MainsFrequency.Hz60 },
        { 500, MainsFrequency.None }, { 500, MainsFrequency.Hz50 }, { 500, MainsFrequency.Hz60 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Gain_MatchesTheDesign_From0Point2To100Hz(int fs, MainsFrequency mains)
    {
        BiquadSection[] design = EcgFilterDesign.Sections(fs, mains);
        // Frequencies avoid short exact periods (e.g. 100 Hz at 500 Hz), whose output rounding errors repeat and bias the fit.
        foreach (double f in new[] { 0.2, 0.5, 1, 3, 10.3, 30.7, 40, 45.3, 70.3, 99.7 })
        {
            double designDb = Tone.Db(EcgFilterDesign.Response(design, f, fs).Magnitude);
            double measuredDb = MeasureGainDb(fs, mains, f);
            output.WriteLine($"{fs} Hz {mains}: {f} Hz → {measuredDb:F4} dB (design {designDb:F4} dB)");

            // 0.01 dB, widened by 0.05 LSB of fit noise where the output tone is only a few LSB.
            double expectedLsb = Amplitude * EcgFilterDesign.Response(design, f, fs).Magnitude;
            double toleranceDb = 0.01 + Tone.Db(1 + (0.05 / expectedLsb));
            Assert.InRange(measuredDb - designDb, -toleranceDb, toleranceDb);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Passband_2To20Hz_IsFlatWithin0Point1Db(int fs, MainsFrequency mains)
    {
        foreach (double f in new[] { 2.0, 5, 10, 15, 20 })
        {
            double gainDb = MeasureGainDb(fs, mains, f);
            output.WriteLine($"{fs} Hz {mains}: {f} Hz → {gainDb:F4} dB");
            Assert.InRange(gainDb, -0.1, 0.1);
        }
    }

    [Theory]
    [InlineData(250)]
    [InlineData(500)]
    public void Corners_AreAtHalfAHertzAnd40Hz(int fs)
    {
        double high = MeasureGainDb(fs, MainsFrequency.None, 0.5);
        double low = MeasureGainDb(fs, MainsFrequency.None, 40);
        output.WriteLine($"{fs} Hz: 0.5 Hz → {high:F3} dB, 40 Hz → {low:F3} dB");
        Assert.InRange(high, -3.1, -2.9);
        Assert.InRange(low, -3.1, -2.9);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(500)]
    public void BaselineWander_At0Point1Hz_IsAttenuatedBy25Db(int fs)
    {
        double gainDb = MeasureGainDb(fs, MainsFrequency.Hz50, 0.1);
        output.WriteLine($"{fs} Hz: 0.1 Hz → {gainDb:F2} dB");
        Assert.True(gainDb <= -25, $"{gainDb:F2} dB");
    }

    [Theory]
    [InlineData(250, MainsFrequency.Hz50, 50.0)]
    [InlineData(250, MainsFrequency.Hz60, 60.0)]
    [InlineData(500, MainsFrequency.Hz50, 50.0)]
    [InlineData(500, MainsFrequency.Hz60, 60.0)]
    public void Mains_IsAttenuatedBy60Db_AndBy18DbHalfAHertzAway(int fs, MainsFrequency mains, double f0)
    {
        double center = MeasureGainDb(fs, mains, f0);
        double below = MeasureGainDb(fs, mains, f0 - 0.5);
        double above = MeasureGainDb(fs, mains, f0 + 0.5);
        output.WriteLine($"{fs} Hz {mains}: {f0 - 0.5} → {below:F1} dB, {f0} → {center:F1} dB, {f0 + 0.5} → {above:F1} dB");
        Assert.True(center <= -60, $"{center:F1} dB at {f0} Hz");
        Assert.True(below <= -18 && above <= -18, $"{below:F1} / {above:F1} dB at ±0.5 Hz");
    }

    private static double MeasureGainDb(int fs, MainsFrequency mains, double frequencyHz)
    {
        // Settle for 30 s (the 0.5 Hz poles decay by e^-1 in ~0.45 s), then fit the tone over 30 s.
        int settle = 30 * fs;
        int count = 30 * fs;
        short[] x = Tone.Sine(Amplitude, frequencyHz, fs, settle + count);
        short[] y = new short[x.Length];
        EcgFilterChain.Create(fs, mains).Process(x, 0, y, 0, x.Length);
        (double amplitude, _) = Tone.Fit(y, settle, count, frequencyHz, fs);
        (double input, _) = Tone.Fit(x, settle, count, frequencyHz, fs);
        return Tone.Db(amplitude / input);
    }
}
