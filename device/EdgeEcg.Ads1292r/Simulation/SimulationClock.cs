using System;
using System.Threading;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// The simulator's virtual time as a <see cref="TimeProvider"/>, so code that timestamps frames with a
/// <see cref="TimeProvider"/> (the acquisition reader) runs unchanged on hardware (<see cref="TimeProvider.System"/>)
/// and in simulation.
/// </summary>
/// <remarks>Time counts in ticks of 1/2,048,000 s and advances in whole conversion periods, set by the chip.</remarks>
public sealed class SimulationClock : TimeProvider
{
    /// <summary>Ticks per second: 2.048 MHz, so every ADS1292R conversion period is a whole number of ticks.</summary>
    public const long TicksPerSecond = 2_048_000;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _ticks;

    /// <summary>Creates a clock at tick 0.</summary>
    /// <param name="mode">How the chip paces its conversions against this clock.</param>
    public SimulationClock(ClockMode mode)
    {
        Mode = mode;
    }

    /// <summary>How the chip paces its conversions.</summary>
    public ClockMode Mode { get; }

    /// <summary>The current virtual tick.</summary>
    public long Ticks => Volatile.Read(ref _ticks);

    /// <inheritdoc />
    public override long TimestampFrequency => TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Volatile.Read(ref _ticks);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(Ticks * TimeSpan.TicksPerSecond / TicksPerSecond);

    /// <summary>Moves the clock forward to <paramref name="ticks"/> (never backward).</summary>
    /// <param name="ticks">The new tick count.</param>
    internal void AdvanceTo(long ticks)
    {
        long current = Volatile.Read(ref _ticks);
        if (ticks > current)
        {
            Volatile.Write(ref _ticks, ticks);
        }
    }
}
