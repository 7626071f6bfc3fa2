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
}
