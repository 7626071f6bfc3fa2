using System;

namespace EdgeEcg.Device.Acquisition;

/// <summary>Turns DRDY timestamps into elapsed frame counts, to find frames whose DRDY edge was never seen.</summary>
/// <remarks>
/// The interval between two read frames is rounded to whole conversion periods: one period is a normal
/// frame, n periods mean n − 1 frames were overwritten in the chip, and less than half a period means the edge
/// was stale (queued by the driver behind a slow handler) and the frame is the one already read. Rounding
/// tolerates callback latency jitter below half a period (1 ms at 500 SPS). Timestamps are taken when the
/// handler runs (the GPIO callback carries none), so a handler late by more than half a period can shift the
/// count by one; such lateness is itself a fault of the device's scheduling and shows up as gap events.
/// </remarks>
public sealed class FrameTimeline
{
    private readonly double _periodTicks;
    private long _last;
    private bool _started;

    /// <summary>Creates the timeline.</summary>
    /// <param name="samplesPerSecond">Configured data rate.</param>
    /// <param name="timestampFrequency">Ticks per second of the timestamps.</param>
    public FrameTimeline(int samplesPerSecond, long timestampFrequency)
    {
        if (samplesPerSecond <= 0 || timestampFrequency <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(samplesPerSecond), "rate and timestamp frequency must be positive");
        }

        _periodTicks = (double)timestampFrequency / samplesPerSecond;
    }

    /// <summary>Frames elapsed since the previous counted frame: 1 normally and for the first frame, n for n − 1 missed, 0 for a stale edge.</summary>
    /// <param name="timestamp">Timestamp of this frame.</param>
    public long Advance(long timestamp)
    {
        if (!_started)
        {
            _started = true;
            _last = timestamp;
            return 1;
        }

        long elapsed = (long)Math.Floor(((timestamp - _last) / _periodTicks) + 0.5);
        if (elapsed > 0)
        {
            _last = timestamp;
        }

        return elapsed < 0 ? 0 : elapsed;
    }
}
