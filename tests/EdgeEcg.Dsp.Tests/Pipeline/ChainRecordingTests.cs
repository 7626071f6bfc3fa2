using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Tests.Beats;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Pipeline;

public class ChainRecordingTests
{
    [Fact]
    public void CleanRecordingHasOnlyBeats()
    {
        SyntheticEcg ecg = SyntheticEcg.Regular(60, 0.8);
        ChainRecording run = ChainRecording.Run(ecg.Render(60), 250, MainsFrequency.Hz50);
        Assert.Equal(ecg.Beats.Count, run.BeatCount);
        Assert.All(run.Events, e => Assert.Equal(ChainEventKind.Beat, e.Kind));
        Assert.Equal(0, run.UnreadableSeconds);
        Assert.Equal(250 * 60, run.SampleCount);
    }

    [Fact]
    public void NoisyStretchIsMarkedAndItsBeatsAreDropped()
    {
        short[] x = Noisy(out int noiseFrom, out int noiseTo);
        ChainRecording run = ChainRecording.Run(x, 250, MainsFrequency.Hz50);

        Assert.InRange(run.UnreadableSeconds, 5, 15);
        Assert.True(run.SuppressedBeatCount > 0);
        long start = -1;
        long end = -1;
        long previous = -1;
        foreach (ChainEvent e in run.Events)
        {
            Assert.True(e.SourceSample >= previous, "events out of order");
            previous = e.SourceSample;
            if (e.Kind == ChainEventKind.UnreadableStart)
            {
                start = e.SourceSample;
            }
            else if (e.Kind == ChainEventKind.UnreadableEnd)
            {
                end = e.SourceSample;
            }
            else if (start >= 0 && end < start)
            {
                Assert.Fail($"beat at {e.SourceSample} inside the unreadable stretch from {start}");
            }
        }

        Assert.InRange(start, noiseFrom - 250, noiseFrom + 250);
        Assert.InRange(end, noiseTo - 250, noiseTo + 500);
    }

    [Fact]
    public void BeatsInNoiseCanBeKept()
    {
        short[] x = Noisy(out _, out _);
        ChainRecording dropped = ChainRecording.Run(x, 250, MainsFrequency.Hz50);
        ChainRecording kept = ChainRecording.Run(x, 250, MainsFrequency.Hz50, keepBeatsInUnreadable: true);
        Assert.Equal(0, kept.SuppressedBeatCount);
        Assert.Equal(dropped.BeatCount + dropped.SuppressedBeatCount, kept.BeatCount);
        Assert.Equal(dropped.UnreadableSeconds, kept.UnreadableSeconds);
    }

    private static short[] Noisy(out int from, out int to)
    {
        short[] x = SyntheticEcg.Regular(60, 0.8).Render(60);
        Random random = new(5);
        from = 250 * 30;
        to = 250 * 40;
        for (int i = from; i < to; i++)
        {
            x[i] = (short)(x[i] + random.Next(-200, 201));
        }

        return x;
    }
}
