using System;
using EdgeEcg.Dsp.Quality;

namespace EdgeEcg.Dsp.Pipeline;

/// <summary>
/// Runs a whole recording through <see cref="EcgChain"/> and keeps what it found as source-rate events: beats,
/// and the start and end of each unreadable stretch. By default beats inside unreadable stretches are dropped
/// (the device reports no beats it cannot read). This is the one code path behind <c>edgeecg annotate</c> and
/// <c>edgeecg-model eval qrs</c>.
/// </summary>
/// <remarks>For offline use: the event list grows as needed (the chain itself allocates nothing per sample).</remarks>
public sealed class ChainRecording : IEcgChainSink
{
    private long[] beats = new long[1024];
    private int beatCount;
    private readonly UnreadableStretches unreadable = new();
    private EcgChain? chain;

    private ChainRecording()
    {
    }

    /// <summary>Events in time order: beats, and around each unreadable stretch its start and end.</summary>
    public ChainEvent[] Events { get; private set; } = new ChainEvent[0];

    /// <summary>Number of beats kept (outside unreadable stretches).</summary>
    public int BeatCount { get; private set; }

    /// <summary>Number of beats the detector found inside unreadable stretches and dropped (0 when they are kept).</summary>
    public int SuppressedBeatCount { get; private set; }

    /// <summary>Total unreadable time in seconds.</summary>
    public double UnreadableSeconds => unreadable.ChainSamples / (double)EcgChain.ChainRateHz;

    /// <summary>Source samples in the recording.</summary>
    public long SampleCount { get; private set; }

    /// <summary>Runs the chain over a recording.</summary>
    /// <param name="samples">Canonical samples (5 µV/LSB) at the source rate.</param>
    /// <param name="sourceRateHz">250, 360 or 500.</param>
    /// <param name="mains">The mains frequency to notch.</param>
    /// <param name="keepBeatsInUnreadable">Keep beats found inside unreadable stretches instead of dropping them.</param>
    /// <returns>The events found.</returns>
    public static ChainRecording Run(short[] samples, int sourceRateHz, Filters.MainsFrequency mains, bool keepBeatsInUnreadable = false)
    {
        if (samples == null)
        {
            throw new ArgumentNullException(nameof(samples));
        }

        ChainRecording recording = new();
        EcgChain chain = EcgChain.Create(sourceRateHz, mains, recording);
        recording.chain = chain;
        chain.Process(samples, 0, samples.Length);
        chain.Flush();
        recording.SampleCount = samples.Length;
        recording.Build(keepBeatsInUnreadable);
        return recording;
    }

    /// <inheritdoc/>
    public void OnBeat(ChainBeat beat)
    {
        if (beatCount == beats.Length)
        {
            beats = Grow(beats);
        }

        beats[beatCount++] = beat.SourceSample;
    }

    /// <inheritdoc/>
    public void OnBeatWindow(ChainBeat beat, short[] window, int offset)
    {
    }

    /// <inheritdoc/>
    public void OnQualityWindow(QualityWindow window)
    {
        unreadable.Add(window, chain!);
    }

    private static long[] Grow(long[] a)
    {
        long[] b = new long[a.Length * 2];
        Array.Copy(a, b, a.Length);
        return b;
    }

    private void Build(bool keepBeatsInUnreadable)
    {
        bool[] inside = new bool[beatCount];
        Events = unreadable.Interleave(beats, beatCount, SampleCount > 0 ? SampleCount - 1 : 0, keepBeatsInUnreadable, inside);
        int suppressed = 0;
        if (!keepBeatsInUnreadable)
        {
            for (int i = 0; i < beatCount; i++)
            {
                if (inside[i])
                {
                    suppressed++;
                }
            }
        }

        SuppressedBeatCount = suppressed;
        BeatCount = beatCount - suppressed;
    }
}
