using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Beats;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Beats;

public class Hamilton2002DetectorTests
{
    private const int Tolerance = 3; // samples at 250 Hz = 12 ms

    [Fact]
    public void CleanRhythmGivesExactlyTheBeats()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(30, 0.8);
        AssertExactly(ecg, Detect(ecg.Render(30)));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.2)]
    public void DifferentRatesGiveExactlyTheBeats(double rr)
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(40, rr);
        AssertExactly(ecg, Detect(ecg.Render(40)));
    }

    [Fact]
    public void NoiseAndBaselineWanderDoNotAddOrLoseBeats()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(60, 0.75);
        ecg = new SyntheticEcg { NoiseRmsMv = 0.04, WanderMv = 0.5, Seed = 7 }.With(ecg.Beats);
        AssertExactly(ecg, Detect(ecg.Render(60)));
    }

    [Fact]
    public void TallTWavesAreNotCountedAsBeats()
    {
        SyntheticEcg ecg = new SyntheticEcg { TAmplitudeMv = 1.0, TWidthSeconds = 0.04 }.With(SyntheticEcg.Regular(40, 0.85).Beats);
        AssertExactly(ecg, Detect(ecg.Render(40)));
    }

    [Fact]
    public void APauseProducesNoFalseBeatsAndDetectionResumes()
    {
        SyntheticEcg ecg = new();
        for (double t = 0.5; t < 15; t += 0.8)
        {
            ecg.Beats.Add((t, 1.0));
        }

        for (double t = 18.5; t < 39; t += 0.8)
        {
            ecg.Beats.Add((t, 1.0));
        }

        AssertExactly(ecg, Detect(ecg.Render(40)));
    }

    [Fact]
    public void ASmallBeatIsRecoveredBySearchBack()
    {
        SyntheticEcg ecg = new();
        for (int k = 0; k < 40; k++)
        {
            ecg.Beats.Add((0.5 + (0.8 * k), k == 25 ? 0.22 : 1.0));
        }

        List<QrsBeat> beats = Detect(ecg.Render(34));
        AssertExactly(ecg, beats);
        QrsBeat small = beats.Find(b => Math.Abs(b.Sample - ecg.SampleOf(25)) <= Tolerance);
        Assert.True(small.SearchBack);
        Assert.DoesNotContain(beats, b => b.SearchBack && b.Sample != small.Sample);
    }

    [Fact]
    public void RrIntervalsFollowTheBeats()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(20, 0.8);
        List<QrsBeat> beats = Detect(ecg.Render(20));
        Assert.Equal(0, beats[0].RrSamples);
        for (int i = 1; i < beats.Count; i++)
        {
            Assert.Equal(beats[i].Sample - beats[i - 1].Sample, beats[i].RrSamples);
            Assert.InRange(beats[i].RrSamples, 200 - 2, 200 + 2);
        }
    }

    [Fact]
    public void RegularBeatsAreReportedWithinTheStatedLatency()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(30, 0.9);
        short[] x = ecg.Render(30);
        Hamilton2002Detector detector = new();
        int reported = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (detector.Process(x[i]) && detector.SampleCount > 3 * 250)
            {
                Assert.InRange(detector.SampleCount - 1 - detector.LastBeat.Sample, 0, Hamilton2002Detector.MaxRegularLatency);
                reported++;
            }
        }

        Assert.True(reported > 20);
    }

    [Fact]
    public void FlatInputGivesNoBeats()
    {
        Assert.Empty(Detect(new short[250 * 30]));
    }

    [Fact]
    public void ResetStartsOverWithTheSameResult()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(20, 0.7);
        short[] x = ecg.Render(20);
        Hamilton2002Detector detector = new();
        List<long> first = Run(detector, x);
        detector.Reset();
        List<long> second = Run(detector, x);
        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Fact]
    public void ProcessingAllocatesNothing()
    {
        short[] x = SyntheticEcg.Regular(60, 0.8).Render(60);
        Hamilton2002Detector detector = new();
        int beats = 0;
        long allocated = Allocations.Measure(
            () =>
            {
                beats = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    beats += detector.Process(x[i]) ? 1 : 0;
                }
            },
            1);
        Assert.Equal(0, allocated);
        Assert.True(beats > 60);
    }

    internal static List<QrsBeat> Detect(short[] x)
    {
        Hamilton2002Detector detector = new();
        List<QrsBeat> beats = new();
        foreach (short s in x)
        {
            if (detector.Process(s))
            {
                beats.Add(detector.LastBeat);
            }
        }

        return beats;
    }

    private static List<long> Run(Hamilton2002Detector detector, short[] x)
    {
        List<long> beats = new();
        foreach (short s in x)
        {
            if (detector.Process(s))
            {
                beats.Add(detector.LastBeat.Sample);
            }
        }

        return beats;
    }

    private static void AssertExactly(SyntheticEcg ecg, List<QrsBeat> beats)
    {
        Assert.Equal(ecg.Beats.Count, beats.Count);
        for (int i = 0; i < beats.Count; i++)
        {
            long expected = ecg.SampleOf(i);
            Assert.True(Math.Abs(beats[i].Sample - expected) <= Tolerance, $"beat {i}: expected sample {expected}, detected {beats[i].Sample}");
        }
    }
}
