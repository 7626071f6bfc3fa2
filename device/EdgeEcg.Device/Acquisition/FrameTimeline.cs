using System;

namespace EdgeEcg.Device.Acquisition;

/// <summary>Turns DRDY timestamps into elapsed frame counts, to find frames whose DRDY edge was never seen.</summary>
/// <remarks>
/// The interval between two read frames is rounded to whole conversion periods: one period is a normal
/// frame, n periods mean n − 1 frames were overwritten in the chip. Rounding tolerates callback latency jitter
/// below half a period (1 ms at 500 SPS).
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

    /// <summary>Frames elapsed since the previous call (1 normally, 1 for the first frame).</summary>
    /// <param name="timestamp">Timestamp of this frame.</param>
    public long Advance(long timestamp)
    {
        long elapsed = 1;
        if (_started)
        {
            elapsed = (long)Math.Floor(((timestamp - _last) / _periodTicks) + 0.5);
            if (elapsed < 1)
            {
                elapsed = 1;
            }
        }

        _started = true;
        _last = timestamp;
        return elapsed;
    }
}
