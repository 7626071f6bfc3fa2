using System;
using System.Diagnostics;
using System.Threading;
using EdgeEcg.Ads1292r;
using EdgeEcg.Device.Acquisition;

namespace EdgeEcg.Device.SelfTest;

/// <summary>A block of frames captured through <see cref="EcgAcquisition"/> for a self-test measurement.</summary>
public sealed class FrameCapture
{
    private FrameCapture(AcquiredFrame[] frames, int count, long lostFrames, long timestampFrequency)
    {
        Frames = frames;
        Count = count;
        LostFrames = lostFrames;
        TimestampFrequency = timestampFrequency;
    }

    /// <summary>The frames (the first <see cref="Count"/> are valid).</summary>
    public AcquiredFrame[] Frames { get; }

    /// <summary>Frames captured.</summary>
    public int Count { get; }

    /// <summary>Samples missing (gap events of any cause) between the first and the last captured frame.</summary>
    public long LostFrames { get; }

    /// <summary>Ticks per second of the frame timestamps.</summary>
    public long TimestampFrequency { get; }

    /// <summary>Starts acquisition, takes <paramref name="count"/> frames (or stops at the real-time timeout), stops.</summary>
    /// <param name="chip">An initialised, configured chip.</param>
    /// <param name="time">Timestamp clock.</param>
    /// <param name="count">Frames wanted.</param>
    /// <param name="timeout">Real-time limit.</param>
    public static FrameCapture Take(Ads1292r.Ads1292r chip, TimeProvider time, int count, TimeSpan timeout)
    {
        var frames = new AcquiredFrame[count];
        var options = new AcquisitionOptions { FrameCapacity = 4096, WaitWhenFull = false };
        using var acquisition = new EcgAcquisition(chip, time, options);
        int n = 0;
        var watch = Stopwatch.StartNew();
        acquisition.Start();
        while (n < count && watch.Elapsed < timeout)
        {
            if (acquisition.TryRead(out AcquiredFrame f))
            {
                frames[n++] = f;
            }
            else
            {
                Thread.Sleep(1);
            }
        }

        acquisition.Stop();
        long last = n > 0 ? frames[n - 1].SampleIndex : -1;
        long lost = 0;
        while (acquisition.TryReadEvent(out AcquisitionEvent e))
        {
            if (e.Kind == AcquisitionEventKind.Gap && e.SampleIndex < last)
            {
                lost += e.Length;
            }
        }

        return new FrameCapture(frames, n, lost, acquisition.TimestampFrequency);
    }

    /// <summary>Channel 2 in microvolts.</summary>
    /// <param name="scale">Channel 2 scale.</param>
    public double[] Channel2Microvolts(Ads1292rScale scale)
    {
        var x = new double[Count];
        for (int i = 0; i < Count; i++)
        {
            x[i] = scale.ToMicrovolts(Frames[i].Channel2);
        }

        return x;
    }

    /// <summary>Samples per second from sample indices over timestamps (first to last frame); 0 with fewer than 2 frames.</summary>
    public double MeasuredSamplesPerSecond()
    {
        if (Count < 2)
        {
            return 0;
        }

        AcquiredFrame first = Frames[0];
        AcquiredFrame last = Frames[Count - 1];
        double seconds = (last.Timestamp - first.Timestamp) / (double)TimestampFrequency;
        return seconds <= 0 ? 0 : (last.SampleIndex - first.SampleIndex) / seconds;
    }
}
