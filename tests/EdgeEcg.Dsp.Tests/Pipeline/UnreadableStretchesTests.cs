using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Quality;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Pipeline;

public class UnreadableStretchesTests
{
    private sealed class NoSink : IEcgChainSink
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

    [Fact]
    public void TouchingUnreadableWindowsMerge_ReadableOnesAreIgnored_AndEndsAreLimitedToTheRecording()
    {
        EcgChain chain = EcgChain.Create(250, MainsFrequency.Hz50, new NoSink());
        var s = new UnreadableStretches();
        long d = chain.DelaySamples;

        s.Add(new QualityWindow(d + 1000, 500, QualityFlags.Flat, 0, 0), chain);
        s.Add(new QualityWindow(d + 1500, 500, QualityFlags.Flat, 0, 0), chain);   // touches the first: merged
        s.Add(new QualityWindow(d + 2000, 500, QualityFlags.None, 100, 10), chain); // readable: ignored
        s.Add(new QualityWindow(d + 3000, 500, QualityFlags.Flat, 0, 0), chain);

        Assert.Equal(2, s.Count);
        Assert.Equal(1500, s.ChainSamples);
        Assert.Equal(1000, s.Start(0));
        Assert.Equal(2000, s.End(0, long.MaxValue));
        Assert.Equal(3000, s.Start(1));
        Assert.Equal(3200, s.End(1, 3200));
    }

    [Fact]
    public void Interleave_PutsABeatAtAStartInside_AndABeatAtAnEndAfterTheEndMark()
    {
        EcgChain chain = EcgChain.Create(250, MainsFrequency.Hz50, new NoSink());
        var s = new UnreadableStretches();
        long d = chain.DelaySamples;
        s.Add(new QualityWindow(d + 1000, 500, QualityFlags.Flat, 0, 0), chain); // [1000, 1500)
        s.Add(new QualityWindow(d + 3000, 500, QualityFlags.Flat, 0, 0), chain); // [3000, 3500), limited to 3200 below
        long[] beats = { 500, 999, 1000, 1499, 1500, 2000, 3100, 3300, 0 };
        bool[] inside = new bool[8];

        ChainEvent[] dropped = s.Interleave(beats, 8, lastSample: 3200, keepBeatsInside: false, inside);

        Assert.Equal(new[] { false, false, true, true, false, false, true, false }, inside);
        Assert.Equal(
            new[]
            {
                new ChainEvent(500, ChainEventKind.Beat), new ChainEvent(999, ChainEventKind.Beat),
                new ChainEvent(1000, ChainEventKind.UnreadableStart), new ChainEvent(1500, ChainEventKind.UnreadableEnd),
                new ChainEvent(1500, ChainEventKind.Beat), new ChainEvent(2000, ChainEventKind.Beat),
                new ChainEvent(3000, ChainEventKind.UnreadableStart), new ChainEvent(3200, ChainEventKind.UnreadableEnd),
                new ChainEvent(3300, ChainEventKind.Beat),
            },
            dropped);

        ChainEvent[] kept = s.Interleave(beats, 8, lastSample: 3200, keepBeatsInside: true, inside: null);
        Assert.Equal(8 + 4, kept.Length);
        Assert.Equal(new ChainEvent(1000, ChainEventKind.Beat), kept[3]);
        Assert.Equal(new ChainEvent(1499, ChainEventKind.Beat), kept[4]);
        Assert.Equal(ChainEventKind.UnreadableEnd, kept[5].Kind);
    }

    [Fact]
    public void Interleave_RefusesCountsItCannotHonour()
    {
        var s = new UnreadableStretches();
        Assert.Throws<System.ArgumentNullException>(() => s.Interleave(null!, 0, 0, false, null));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => s.Interleave(new long[2], 3, 0, false, null));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => s.Interleave(new long[2], 2, 0, false, new bool[1]));
        Assert.Empty(s.Interleave(new long[2], 0, 0, false, null));
    }
}
