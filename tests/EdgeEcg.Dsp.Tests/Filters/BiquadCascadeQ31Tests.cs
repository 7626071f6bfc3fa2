using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters;

public class BiquadCascadeQ31Tests
{
    [Fact]
    public void UnitGainSection_WithPostShift1_PassesInputsUnchanged()
    {
        var filter = new BiquadCascadeQ31([1 << 30, 0, 0, 0, 0], postShift: 1);
        foreach (int x in new[] { int.MinValue, -123456789, -1, 0, 1, 987654321, int.MaxValue })
        {
            Assert.Equal(x, filter.Process(x));
        }
    }

    [Fact]
    public void FeedbackCoefficient_IsStoredNegated_AsInCmsis()
    {
        // y[n] = x[n] + 0.5·y[n-1] (CMSIS a1 = +0.5), in Q31 with postShift 1.
        var filter = new BiquadCascadeQ31([1 << 30, 0, 0, 1 << 29, 0], postShift: 1);
        int[] y = new int[5];
        filter.Process([1 << 20, 0, 0, 0, 0], 0, y, 0, 5);
        Assert.Equal(new[] { 1 << 20, 1 << 19, 1 << 18, 1 << 17, 1 << 16 }, y);
    }

    [Fact]
    public void EcgSections_AgreeWithDoublePrecisionDesign_To100Db()
    {
        BiquadSection[] design = EcgFilterDesign.Sections(250, MainsFrequency.Hz50);
        var filter = new BiquadCascadeQ31(CoefficientQuantizer.ToQ31(design, 1), 1);
        var reference = new BiquadReference(design);
        const double scale = 1 << 14; // the chain's internal scaling
        short[] x = Tone.Sine(8000, 7, 250, 10000);
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double y = filter.Process(x[i] << 14) / scale;
            double r = reference.Process(x[i]);
            if (i >= 2500)
            {
                signal += r * r;
                noise += (y - r) * (y - r);
            }
        }

        // Measured: see the test output of EcgFilterChainAccuracyTests; internally the Q31 path is far
        // better than the int16 output it feeds.
        Assert.True(10 * Math.Log10(signal / noise) >= 100);
    }

    [Theory]
    [InlineData(37)]
    [InlineData(1000)]
    [InlineData(-20000)]
    public void ErrorFeedback_LeavesNoDeadBand_NearZEqualsOne(int dcLsb)
    {
        // The 0.5 Hz high-pass at 500 Hz (1/A(1) ≈ 2.5·10^4) driven by int16 DC in the chain's scaling. Plain
        // rounding lets the output stick anywhere in ±0.5/A(1) Q31 LSB (measured −0.79 int16 LSB for 1000);
        // with error feedback it settles on the quantized coefficients' exact DC response, b(1)/A(1) · x.
        int[] q = CoefficientQuantizer.ToQ31(BiquadDesign.ButterworthHighPass(2, 0.5, 500), 1);
        var filter = new BiquadCascadeQ31(q, 1);
        double exactDcGain = ((double)q[0] + q[1] + q[2]) / ((1 << 30) - (double)q[3] - q[4]);
        double sum = 0;
        for (int i = 0; i < 500 * 60; i++)
        {
            int y = filter.Process(dcLsb << 14);
            sum += i >= 500 * 50 ? y : 0;
        }

        double settledLsb = sum / (500 * 10) / 16384;
        Assert.InRange(settledLsb - (exactDcGain * dcLsb), -0.01, 0.01);
    }

    [Fact]
    public void FullScaleInput_Saturates_NeverWraps()
    {
        BiquadSection[] design = [BiquadDesign.LowPass(20, 2, 250)];
        var filter = new BiquadCascadeQ31(CoefficientQuantizer.ToQ31(design, 1), 1);
        var reference = new BiquadReference(design);
        int clipped = 0;
        for (int i = 0; i < 2000; i++)
        {
            int x = (i / 50) % 2 == 0 ? int.MaxValue / 2 : int.MinValue / 2; // ±0.5: peaks of ±0.94 need no clipping…
            int y = filter.Process(x);
            double r = reference.Process(x);
            Assert.True(Math.Abs(y - r) <= int.MaxValue * 1e-6, $"sample {i}: {y} vs {r:F0}");
            clipped += y == int.MaxValue || y == int.MinValue ? 1 : 0;
        }

        Assert.Equal(0, clipped);

        filter.Reset();
        reference = new BiquadReference(design);
        for (int i = 0; i < 2000; i++)
        {
            int x = (i / 50) % 2 == 0 ? int.MaxValue : int.MinValue; // …full scale exceeds it and must clip
            int y = filter.Process(x);
            double r = reference.Process(x);
            if (Math.Abs(r) > (1 << 30))
            {
                Assert.Equal(Math.Sign(r), Math.Sign(y)); // a wrap-around would flip the sign at the peaks
            }

            clipped += y == int.MaxValue || y == int.MinValue ? 1 : 0;
        }

        Assert.True(clipped >= 40, $"{clipped} clipped");
    }

    [Fact]
    public void Blocks_OfAnySize_GiveTheSameOutputAsOneCall()
    {
        int[] coefficients = EcgFilterCoefficients.Stages(500, MainsFrequency.Hz60);
        int[] x = new int[4000];
        var random = new Random(7);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = random.Next(-(1 << 28), 1 << 28);
        }

        int[] whole = new int[x.Length];
        new BiquadCascadeQ31(coefficients, 1).Process(x, 0, whole, 0, x.Length);
        var streamed = new BiquadCascadeQ31(coefficients, 1);
        int[] parts = new int[x.Length];
        int offset = 0;
        foreach (int size in Blocks.Sizes(x.Length, seed: 2))
        {
            streamed.Process(x, offset, parts, offset, size);
            offset += size;
        }

        Assert.Equal(whole, parts);
    }

    [Fact]
    public void Process_AllocatesNothing()
    {
        var filter = new BiquadCascadeQ31(EcgFilterCoefficients.Stages(250, MainsFrequency.Hz50), 1);
        int[] buffer = new int[256];
        Assert.Equal(0, Allocations.Measure(() => filter.Process(buffer, 0, buffer, 0, buffer.Length), 1000));
    }

    [Fact]
    public void InvalidArguments_AreRejectedWithTheParameterName()
    {
        Assert.Throws<ArgumentNullException>("coefficients", () => new BiquadCascadeQ31(null!, 0));
        Assert.Throws<ArgumentException>("coefficients", () => new BiquadCascadeQ31(new int[6], 0));
        Assert.Throws<ArgumentOutOfRangeException>("postShift", () => new BiquadCascadeQ31(new int[5], 31));
        var filter = new BiquadCascadeQ31(new int[5], 0);
        Assert.Throws<ArgumentOutOfRangeException>("dst", () => filter.Process(new int[10], 0, new int[9], 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => filter.Process(new int[10], 0, new int[10], 0, -1));
    }
}
