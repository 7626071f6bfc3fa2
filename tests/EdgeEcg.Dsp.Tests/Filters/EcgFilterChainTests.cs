using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Filters.Design;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Filters;

public class EcgFilterChainTests
{
    [Theory]
    [InlineData(250, MainsFrequency.Hz50)]
    [InlineData(500, MainsFrequency.Hz60)]
    public void Create_DescribesTheChain(int fs, MainsFrequency mains)
    {
        EcgFilterChain chain = EcgFilterChain.Create(fs, mains);
        Assert.Equal(fs, chain.SampleRateHz);
        Assert.Equal(mains, chain.Mains);
        Assert.Equal(EcgFilterDesign.DelaySamples(fs, mains), chain.DelaySamples);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(0)]
    [InlineData(-250)]
    public void Create_RejectsUnsupportedRates(int fs) =>
        Assert.Throws<ArgumentOutOfRangeException>("sampleRateHz", () => EcgFilterChain.Create(fs, MainsFrequency.Hz50));

    [Fact]
    public void Create_RejectsUnknownMains() =>
        Assert.Throws<ArgumentOutOfRangeException>("mains", () => EcgFilterChain.Create(250, (MainsFrequency)55));

    [Theory]
    [InlineData(250)]
    [InlineData(500)]
    public void DelaySamples_IsTheMeasuredGroupDelayAt10Hz(int fs)
    {
        // Group delay = −dφ/dω, measured from the fixed-point output at 9.5 and 10.5 Hz; it must round to DelaySamples.
        EcgFilterChain chain = EcgFilterChain.Create(fs, MainsFrequency.Hz50);
        double Phase(double f)
        {
            chain.Reset();
            short[] x = Tone.Sine(8000, f, fs, 40 * fs);
            short[] y = new short[x.Length];
            chain.Process(x, 0, y, 0, x.Length);
            (_, double inPhase) = Tone.Fit(x, 20 * fs, 20 * fs, f, fs);
            (_, double outPhase) = Tone.Fit(y, 20 * fs, 20 * fs, f, fs);
            return outPhase - inPhase;
        }

        double dPhase = Phase(10.5) - Phase(9.5);
        dPhase = Math.IEEERemainder(dPhase, 2 * Math.PI);
        double groupDelay = -dPhase / (2 * Math.PI * 1.0 / fs);
        Assert.InRange(groupDelay, chain.DelaySamples - 0.5, chain.DelaySamples + 0.5);
    }

    [Theory]
    [InlineData(250, MainsFrequency.None)]
    [InlineData(250, MainsFrequency.Hz50)]
    [InlineData(250, MainsFrequency.Hz60)]
    [InlineData(500, MainsFrequency.None)]
    [InlineData(500, MainsFrequency.Hz50)]
    [InlineData(500, MainsFrequency.Hz60)]
    public void InternalHeadroom_CoversTheWorstCaseInput(int fs, MainsFrequency mains)
    {
        // No input bounded by full scale can drive any stage past |y| ≤ fullScale × L1 norm of the cascade
        // up to it; that must stay below 1.0 in Q31 (no saturation, and far below the accumulator's 2.0).
        double fullScale = 32768.0 * (1 << EcgFilterChain.InternalShift) / 2147483648.0;
        BiquadSection[] sections = EcgFilterDesign.Sections(fs, mains);
        var impulse = new short[200 * fs];
        impulse[0] = 1;
        for (int stages = 1; stages <= sections.Length; stages++)
        {
            double[] h = new BiquadReference(sections[..stages]).Process(impulse);
            double l1 = 0;
            foreach (double v in h)
            {
                l1 += Math.Abs(v);
            }

            Assert.True(l1 < 3, $"L1 norm {l1:F3} after {stages} stages"); // the figure EcgFilterChain documents
            Assert.True(fullScale * l1 < 1, $"worst-case internal value {fullScale * l1:F3} after {stages} stages");
        }
    }

    [Theory]
    [InlineData(250)]
    [InlineData(500)]
    public void ConstantOffset_IsRemoved_WithoutAStuckResidue(int fs)
    {
        // A 100 mV electrode offset (20000 LSB) must decay to exactly 0 and stay there (the stage-level
        // dead band that error feedback removes is tested in BiquadCascadeQ31Tests).
        EcgFilterChain chain = EcgFilterChain.Create(fs, MainsFrequency.Hz50);
        int nonZero = 0;
        for (int i = 0; i < fs * 60; i++)
        {
            short y = chain.Process(20000);
            nonZero += i >= fs * 30 && y != 0 ? 1 : 0;
        }

        Assert.Equal(0, nonZero);
    }

    [Fact]
    public void FullScaleSquareWave_SaturatesWithoutWrapping()
    {
        // ±full scale switching every 2 s: the high-pass doubles each step (to ±65535 LSB) and the output
        // must pin at the rails with the right sign, never wrap to the opposite one.
        EcgFilterChain chain = EcgFilterChain.Create(250, MainsFrequency.Hz60);
        var reference = new BiquadReference(EcgFilterDesign.Sections(250, MainsFrequency.Hz60));
        int pinned = 0;
        for (int i = 0; i < 250 * 20; i++)
        {
            short x = (i / 500) % 2 == 0 ? short.MaxValue : short.MinValue;
            short y = chain.Process(x);
            double r = reference.Process(x);
            if (Math.Abs(r) >= 32767.5)
            {
                pinned++;
                Assert.Equal(r > 0 ? short.MaxValue : short.MinValue, y);
            }
            else
            {
                Assert.InRange(y - r, -0.6, 0.6); // the chain stays exact below full scale
            }
        }

        Assert.True(pinned > 50, "the square wave must drive the output past full scale");
    }

    [Fact]
    public void Blocks_OfAnySize_GiveTheSameOutputAsOneCall()
    {
        short[] x = Tone.Sine(5000, 1.3, 500, 6000);
        short[] whole = new short[x.Length];
        EcgFilterChain.Create(500, MainsFrequency.Hz50).Process(x, 0, whole, 0, x.Length);

        EcgFilterChain streamed = EcgFilterChain.Create(500, MainsFrequency.Hz50);
        short[] parts = new short[x.Length];
        int offset = 0;
        foreach (int size in Blocks.Sizes(x.Length, seed: 3))
        {
            if (size == 1)
            {
                parts[offset] = streamed.Process(x[offset]); // mix the per-sample overload in
            }
            else
            {
                streamed.Process(x, offset, parts, offset, size);
            }

            offset += size;
        }

        Assert.Equal(whole, parts);
    }

    [Fact]
    public void Reset_RestartsAsIfNew()
    {
        EcgFilterChain chain = EcgFilterChain.Create(250, MainsFrequency.Hz50);
        short[] x = Tone.Sine(3000, 0.7, 250, 1000);
        short[] first = new short[x.Length];
        short[] second = new short[x.Length];
        chain.Process(x, 0, first, 0, x.Length);
        chain.Reset();
        chain.Process(x, 0, second, 0, x.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Process_AllocatesNothing()
    {
        EcgFilterChain chain = EcgFilterChain.Create(250, MainsFrequency.Hz50);
        short[] buffer = Tone.Sine(1000, 10, 250, 250);
        Assert.Equal(0, Allocations.Measure(
            () =>
            {
                chain.Process(buffer, 0, buffer, 0, buffer.Length);
                chain.Process(buffer[0]);
            },
            1000));
    }

    [Fact]
    public void BadBlockArguments_NameTheParameter()
    {
        EcgFilterChain chain = EcgFilterChain.Create(250, MainsFrequency.None);
        Assert.Throws<ArgumentNullException>("src", () => chain.Process(null!, 0, new short[4], 0, 4));
        Assert.Throws<ArgumentOutOfRangeException>("dst", () => chain.Process(new short[4], 0, new short[4], 1, 4));
        Assert.Throws<ArgumentOutOfRangeException>("src", () => chain.Process(new short[4], -1, new short[4], 0, 1));
    }
}
