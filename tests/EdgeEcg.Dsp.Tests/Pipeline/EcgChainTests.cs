using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Tests.Beats;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Pipeline;

public class EcgChainTests
{
    [Theory]
    [InlineData(250, 3)]
    [InlineData(360, 4)]
    [InlineData(500, 5)]
    public void BeatsMapBackToTheSourceRate(int rate, int tolerance)
    {
        SyntheticEcg ecg = new SyntheticEcg { RateHz = rate }.With(SyntheticEcg.Regular(40, 0.8).Beats);
        short[] x = ecg.Render(40);
        Sink sink = new();
        EcgChain chain = EcgChain.Create(rate, MainsFrequency.Hz50, sink);
        chain.Process(x, 0, x.Length);
        chain.Flush();

        Assert.Equal(ecg.Beats.Count, sink.Beats.Count);
        for (int i = 0; i < sink.Beats.Count; i++)
        {
            long expected = ecg.SampleOf(i);
            Assert.True(Math.Abs(sink.Beats[i].SourceSample - expected) <= tolerance, $"beat {i}: expected {expected}, got {sink.Beats[i].SourceSample}");
        }
    }

    [Fact]
    public void BeatWindowsHaveTheRPeakAtIndex90()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(30, 0.9);
        short[] x = ecg.Render(30);
        Sink sink = new();
        EcgChain chain = EcgChain.Create(250, MainsFrequency.Hz50, sink);
        chain.Process(x, 0, x.Length);

        Assert.True(sink.Windows.Count >= sink.Beats.Count - 1);
        Assert.Equal(sink.Beats.GetRange(0, sink.Windows.Count).ConvertAll(b => b.Sample), sink.WindowBeats.ConvertAll(b => b.Sample));
        foreach (short[] w in sink.Windows)
        {
            Assert.Equal(EcgChain.BeatWindowLength, w.Length);
            Assert.InRange(ArgMax(w), EcgChain.BeatWindowRIndex - 2, EcgChain.BeatWindowRIndex + 2);
        }
    }

    [Fact]
    public void SingleSamplesAndBlocksGiveTheSameBeats()
    {
        short[] x = SyntheticEcg.Regular(20, 0.7).Render(20);
        Sink a = new();
        EcgChain blockChain = EcgChain.Create(250, MainsFrequency.Hz60, a);
        blockChain.Process(x, 0, x.Length);
        Sink b = new();
        EcgChain sampleChain = EcgChain.Create(250, MainsFrequency.Hz60, b);
        foreach (short s in x)
        {
            sampleChain.Process(s);
        }

        Assert.Equal(a.Beats.ConvertAll(v => v.Sample), b.Beats.ConvertAll(v => v.Sample));
        Assert.Equal(a.Quality.Count, b.Quality.Count);
    }

    [Fact]
    public void FlushReportsTheLastBeat()
    {
        SyntheticEcg ecg = new();
        ecg.Beats.Add((1.0, 1.0));
        ecg.Beats.Add((1.8, 1.0));
        ecg.Beats.Add((2.6, 1.0));
        ecg.Beats.Add((3.4, 1.0));
        ecg.Beats.Add((4.2, 1.0));
        short[] x = ecg.Render(4.4); // the stream ends 200 ms after the last R peak
        Sink sink = new();
        EcgChain chain = EcgChain.Create(250, MainsFrequency.Hz50, sink);
        chain.Process(x, 0, x.Length);
        int before = sink.Beats.Count;
        chain.Flush();

        Assert.Equal(ecg.Beats.Count - 1, before);
        Assert.Equal(ecg.Beats.Count, sink.Beats.Count);
        Assert.InRange(sink.Beats[^1].SourceSample, ecg.SampleOf(4) - 3, ecg.SampleOf(4) + 3);
    }

    [Fact]
    public void SteadyStateProcessingAllocatesNothing()
    {
        short[] x = new SyntheticEcg { RateHz = 360 }.With(SyntheticEcg.Regular(60, 0.8).Beats).Render(60);
        EcgChain chain = EcgChain.Create(360, MainsFrequency.Hz60, new NullSink());
        Assert.Equal(0, Allocations.Measure(() => chain.Process(x, 0, x.Length), 1));
    }

    [Fact]
    public void RejectsUnsupportedRatesAndBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EcgChain.Create(200, MainsFrequency.Hz50, new NullSink()));
        Assert.Throws<ArgumentNullException>(() => EcgChain.Create(250, MainsFrequency.Hz50, null!));
        EcgChain chain = EcgChain.Create(250, MainsFrequency.Hz50, new NullSink());
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.Process(new short[10], 5, 6));
    }

    [Fact]
    public void SourceSampleMappingRemovesTheDelay()
    {
        EcgChain chain = EcgChain.Create(360, MainsFrequency.Hz60, new NullSink());
        Assert.Equal(0, chain.ToSourceSample(0));
        Assert.Equal(360, chain.ToSourceSample(250 + chain.DelaySamples));
        Assert.Equal(36, chain.ToSourceSample(25 + chain.DelaySamples));
    }

    private static int ArgMax(short[] w)
    {
        int best = 0;
        for (int i = 1; i < w.Length; i++)
        {
            if (w[i] > w[best])
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class Sink : IEcgChainSink
    {
        public List<ChainBeat> Beats { get; } = new();

        public List<ChainBeat> WindowBeats { get; } = new();

        public List<short[]> Windows { get; } = new();

        public List<QualityWindow> Quality { get; } = new();

        public void OnBeat(ChainBeat beat) => Beats.Add(beat);

        public void OnBeatWindow(ChainBeat beat, short[] window, int offset)
        {
            WindowBeats.Add(beat);
            Windows.Add(window.AsSpan(offset, EcgChain.BeatWindowLength).ToArray());
        }

        public void OnQualityWindow(QualityWindow window) => Quality.Add(window);
    }

    private sealed class NullSink : IEcgChainSink
    {
        public void OnBeat(ChainBeat beat)
        {
        }

        public void OnBeatWindow(ChainBeat beat, short[] window, int offset)
        {
        }

        public void OnQualityWindow(QualityWindow window)
        {
        }
    }
}
