using System;
using EdgeEcg.Dsp.Quality;

namespace EdgeEcg.Dsp.Pipeline;

/// <summary>
/// The stretches the chain's signal quality check declares unreadable, at the source rate: each quality window that is
/// not readable, mapped through <see cref="EcgChain.ToSourceSample"/>, merged with the previous stretch when they touch.
/// Stretches are [start, end) source-sample spans in time order. One rule for every sink that reports them
/// (<see cref="ChainRecording"/> for annotate and eval qrs, and model-tools' beat evaluation).
/// </summary>
public sealed class UnreadableStretches
{
    private long[] bounds = new long[64];
    private int used;

    /// <summary>Number of stretches.</summary>
    public int Count => used / 2;

    /// <summary>Total unreadable time in chain-rate (250 Hz) samples.</summary>
    public long ChainSamples { get; private set; }

    /// <summary>First source sample of a stretch.</summary>
    /// <param name="stretch">Index, 0..<see cref="Count"/> − 1.</param>
    public long Start(int stretch) => bounds[2 * stretch];

    /// <summary>First source sample after a stretch, limited to <paramref name="lastSample"/> (the recording's last sample).</summary>
    /// <param name="stretch">Index, 0..<see cref="Count"/> − 1.</param>
    /// <param name="lastSample">Last source sample of the recording.</param>
    public long End(int stretch, long lastSample)
    {
        long end = bounds[(2 * stretch) + 1];
        return end > lastSample ? lastSample : end;
    }

    /// <summary>
    /// The chain's beats and these stretches as one time-ordered event list: beats, and around each stretch its start
    /// and end. A beat at a stretch's start sample lies inside it; a beat at its end sample follows the end mark.
    /// </summary>
    /// <param name="beats">Beat positions at the source rate, in time order.</param>
    /// <param name="beatCount">Beats used from <paramref name="beats"/>.</param>
    /// <param name="lastSample">Last source sample of the recording (stretch ends are limited to it).</param>
    /// <param name="keepBeatsInside">Keep the beats inside stretches in the list instead of leaving them out.</param>
    /// <param name="inside">When not null, set for each beat (true: inside a stretch); at least <paramref name="beatCount"/> long.</param>
    /// <returns>The events.</returns>
    public ChainEvent[] Interleave(long[] beats, int beatCount, long lastSample, bool keepBeatsInside, bool[]? inside)
    {
        if (beats == null)
        {
            throw new ArgumentNullException(nameof(beats));
        }

        if (beatCount < 0 || beatCount > beats.Length || (inside != null && inside.Length < beatCount))
        {
            throw new ArgumentOutOfRangeException(nameof(beatCount));
        }

        ChainEvent[] events = new ChainEvent[beatCount + (2 * Count)];
        int e = 0;
        int b = 0;
        for (int u = 0; u < Count; u++)
        {
            long start = Start(u);
            long end = End(u, lastSample);
            while (b < beatCount && beats[b] < start)
            {
                events[e++] = new ChainEvent(beats[b++], ChainEventKind.Beat);
            }

            events[e++] = new ChainEvent(start, ChainEventKind.UnreadableStart);
            while (b < beatCount && beats[b] < end)
            {
                if (keepBeatsInside)
                {
                    events[e++] = new ChainEvent(beats[b], ChainEventKind.Beat);
                }

                if (inside != null)
                {
                    inside[b] = true;
                }

                b++;
            }

            events[e++] = new ChainEvent(end, ChainEventKind.UnreadableEnd);
        }

        while (b < beatCount)
        {
            events[e++] = new ChainEvent(beats[b++], ChainEventKind.Beat);
        }

        ChainEvent[] trimmed = new ChainEvent[e];
        Array.Copy(events, trimmed, e);
        return trimmed;
    }

    /// <summary>Takes in one quality window (readable windows are ignored).</summary>
    /// <param name="window">The window the chain judged.</param>
    /// <param name="chain">The chain that judged it (maps its samples to the source rate).</param>
    public void Add(QualityWindow window, EcgChain chain)
    {
        if (chain == null)
        {
            throw new ArgumentNullException(nameof(chain));
        }

        if (window.IsReadable)
        {
            return;
        }

        ChainSamples += window.Length;
        long start = chain.ToSourceSample(window.Start);
        long end = chain.ToSourceSample(window.Start + window.Length);
        if (used > 0 && bounds[used - 1] >= start)
        {
            bounds[used - 1] = end;
            return;
        }

        if (used + 2 > bounds.Length)
        {
            long[] grown = new long[bounds.Length * 2];
            Array.Copy(bounds, grown, bounds.Length);
            bounds = grown;
        }

        bounds[used++] = start;
        bounds[used++] = end;
    }
}
