using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using EdgeEcg.Dsp.FixedPoint;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.Dsp.Tests.Filters;

public class BiquadCascadeQ15Tests(ITestOutputHelper output)
{
    [Fact]
    public void UnitGainSection_WithPostShift1_PassesEveryInputUnchanged()
    {
        var filter = new BiquadCascadeQ15([16384, 0, 0, 0, 0, 0], postShift: 1); // b0 = 0.5 × 2^1
        for (int x = short.MinValue; x <= short.MaxValue; x += 7)
        {
            Assert.Equal((short)x, filter.Process((short)x));
        }
    }

    [Fact]
    public void LargestPostShift_ScalesTinyCoefficientsBackToUnitGain()
    {
        var filter = new BiquadCascadeQ15([2, 0, 0, 0, 0, 0], postShift: 14); // b0 = 2 × 2^-15 × 2^14 = 1
        foreach (short x in new short[] { short.MinValue, -3, 0, 5, short.MaxValue })
        {
            Assert.Equal(x, filter.Process(x));
        }
    }

    [Fact]
    public void FeedbackCoefficient_IsStoredNegated_AsInCmsis()
    {
        // y[n] = x[n] + 0.5·y[n-1] (CMSIS a1 = +0.5): an impulse of 1024 decays 1024, 512, 256, …
        var filter = new BiquadCascadeQ15([32767, 0, 0, 0, 16384, 0], postShift: 0);
        short[] y = new short[6];
        filter.Process([1024, 0, 0, 0, 0, 0], 0, y, 0, 6);
        Assert.Equal(new short[] { 1024, 512, 256, 128, 64, 32 }, y);
    }

    [Fact]
    public void LowPass40Hz_AgreesWithDoublePrecisionDesign_OnATone()
    {
        BiquadSection[] design = BiquadDesign.ButterworthLowPass(4, 40, 250);
        var filter = new BiquadCascadeQ15(CoefficientQuantizer.ToQ15(design, 1), 1);
        short[] x = Tone.Sine(12000, 17, 250, 5000);
        short[] y = new short[x.Length];
        filter.Process(x, 0, y, 0, x.Length);
        double[] reference = new BiquadReference(design).Process(x);
        double snr = ErrorMetrics.SnrDb(y, reference, 500, 4500);
        output.WriteLine($"40 Hz low-pass in Q15, 17 Hz tone of 12000 LSB: SNR {snr:F1} dB");
        Assert.True(snr >= 78, $"SNR {snr:F1} dB"); // measured 81.2 dB
    }

    [Fact]
    public void HighPassHalfHertz_IsWhyTheChainUsesQ31()
    {
        // The same 0.5 Hz high-pass at 250 Hz in Q15 and in Q31 on a 5 Hz tone of 2 mV (400 LSB).
        BiquadSection[] design = BiquadDesign.ButterworthHighPass(2, 0.5, 250);
        short[] x = Tone.Sine(400, 5, 250, 25000);
        double[] reference = new BiquadReference(design).Process(x);

        var q15 = new BiquadCascadeQ15(CoefficientQuantizer.ToQ15(design, 1), 1);
        var q31 = EcgFilterChainStage(design);
        short[] y15 = new short[x.Length];
        short[] y31 = new short[x.Length];
        q15.Process(x, 0, y15, 0, x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            y31[i] = Q15.Saturate((q31.Process(x[i] << 14) + 8192L) >> 14);
        }

        double snr15 = ErrorMetrics.SnrDb(y15, reference, 5000, 20000);
        double snr31 = ErrorMetrics.SnrDb(y31, reference, 5000, 20000);
        double floor = RoundingFloor.SnrDb(reference, 5000, 20000);
        output.WriteLine($"0.5 Hz high-pass at 250 Hz, 5 Hz tone of 400 LSB: Q15 {snr15:F1} dB, Q31 {snr31:F1} dB, int16 floor {floor:F1} dB");

        // Measured: Q15 9.8 dB (its rounding noise is amplified by 52.6 dB), Q31 at the int16 rounding floor.
        Assert.True(snr15 < 20, $"Q15 {snr15:F1} dB");
        Assert.True(snr31 >= floor - 0.5, $"Q31 {snr31:F1} dB, floor {floor:F1} dB");
    }

    [Fact]
    public void HighPassHalfHertzAt500Hz_InQ15_PassesDc_WhileQ31BlocksIt()
    {
        // Rounding b0, b1, b2 to Q15 breaks the double zero at z = 1 (see the remarks on BiquadCascadeQ15).
        BiquadSection[] design = BiquadDesign.ButterworthHighPass(2, 0.5, 500);
        var q15 = new BiquadCascadeQ15(CoefficientQuantizer.ToQ15(design, 1), 1);
        var q31 = EcgFilterChainStage(design);
        short y15 = 0;
        int y31 = 0;
        for (int i = 0; i < 500 * 60; i++)
        {
            y15 = q15.Process(1000);
            y31 = q31.Process(1000 << 14);
        }

        // Measured: Q15 −9047 LSB (a DC gain of −9), Q31 with error feedback within 0.01 LSB of 0.
        output.WriteLine($"1000 LSB DC after 60 s: Q15 {y15} LSB, Q31 {y31 / 16384.0:F4} LSB");
        Assert.True(Math.Abs((int)y15) > 500, $"Q15 {y15}");
        Assert.InRange(y31 / 16384.0, -0.05, 0.05);
    }

    [Fact]
    public void FullScaleInput_Saturates_NeverWraps()
    {
        // A resonant low-pass (Q = 2) overshoots a full-scale square wave by ~50 %.
        BiquadSection[] design = [BiquadDesign.LowPass(20, 2, 250)];
        var filter = new BiquadCascadeQ15(CoefficientQuantizer.ToQ15(design, 1), 1);
        var reference = new BiquadReference(design);
        int clipped = 0;
        for (int i = 0; i < 2000; i++)
        {
            short x = (i / 50) % 2 == 0 ? short.MaxValue : short.MinValue;
            short y = filter.Process(x);
            double r = reference.Process(x);

            // Once a stage has clipped, its state differs from the unclipped reference, so only the sign is
            // comparable; a wrap-around would flip it at the peaks.
            if (Math.Abs(r) > 16384)
            {
                Assert.Equal(Math.Sign(r), Math.Sign(y));
            }

            clipped += y == short.MaxValue || y == short.MinValue ? 1 : 0;
        }

        Assert.True(clipped >= 40, $"every one of the 40 edges must drive the filter past full scale ({clipped} clipped)");
    }

    [Fact]
    public void Blocks_OfAnySize_GiveTheSameOutputAsOneCall()
    {
        short[] coefficients = CoefficientQuantizer.ToQ15(BiquadDesign.ButterworthLowPass(4, 40, 250), 1);
        short[] x = Tone.Sine(9000, 13, 250, 3000);
        short[] whole = new short[x.Length];
        new BiquadCascadeQ15(coefficients, 1).Process(x, 0, whole, 0, x.Length);

        var streamed = new BiquadCascadeQ15(coefficients, 1);
        short[] parts = new short[x.Length];
        int offset = 0;
        foreach (int size in Blocks.Sizes(x.Length, seed: 1))
        {
            streamed.Process(x, offset, parts, offset, size);
            offset += size;
        }

        Assert.Equal(whole, parts);
    }

    [Fact]
    public void Reset_RestartsAsIfNew()
    {
        short[] coefficients = CoefficientQuantizer.ToQ15(BiquadDesign.ButterworthLowPass(2, 10, 250), 1);
        short[] x = Tone.Sine(9000, 3, 250, 300);
        var filter = new BiquadCascadeQ15(coefficients, 1);
        short[] first = new short[x.Length];
        short[] second = new short[x.Length];
        filter.Process(x, 0, first, 0, x.Length);
        filter.Reset();
        filter.Process(x, 0, second, 0, x.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Process_AllocatesNothing()
    {
        var filter = new BiquadCascadeQ15(CoefficientQuantizer.ToQ15(BiquadDesign.ButterworthLowPass(4, 40, 250), 1), 1);
        short[] buffer = Tone.Sine(1000, 10, 250, 256);
        Assert.Equal(0, Allocations.Measure(() => filter.Process(buffer, 0, buffer, 0, buffer.Length), 1000));
    }

    [Fact]
    public void InvalidArguments_AreRejectedWithTheParameterName()
    {
        Assert.Throws<ArgumentNullException>("coefficients", () => new BiquadCascadeQ15(null!, 0));
        Assert.Throws<ArgumentException>("coefficients", () => new BiquadCascadeQ15(new short[5], 0));
        Assert.Throws<ArgumentOutOfRangeException>("postShift", () => new BiquadCascadeQ15(new short[6], 15));
        var filter = new BiquadCascadeQ15(new short[6], 0);
        Assert.Throws<ArgumentOutOfRangeException>("dst", () => filter.Process(new short[10], 0, new short[5], 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>("src", () => filter.Process(new short[10], 5, new short[10], 0, 6));
    }

    private static BiquadCascadeQ31 EcgFilterChainStage(BiquadSection[] design) => new(CoefficientQuantizer.ToQ31(design, 1), 1);
}
