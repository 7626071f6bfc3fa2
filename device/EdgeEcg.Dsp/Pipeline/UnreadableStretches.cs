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
