using System;
using System.Diagnostics;
using System.Threading;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// The conversion thread: advances the virtual clock one conversion period at a time, latches each frame and
/// drives DRDY low. In real time it follows the wall clock and lets unread frames be overwritten; at full
/// speed it converts again as soon as the frame has been read (waiting at most one real period for a reader).
/// </summary>
internal sealed class ConversionPump
{
    private readonly Ads1292rSimulator _simulator;
    private readonly SimulatedChip _chip;

    public ConversionPump(Ads1292rSimulator simulator, SimulatedChip chip)
    {
        _simulator = simulator;
        _chip = chip;
    }

    public void Run()
    {
        SimulationClock clock = _simulator.Clock;
        bool realTime = clock.Mode == ClockMode.RealTime;
        int generation = int.MinValue;
        long tickOrigin = 0;
        long wallOrigin = 0;
        long conversions = 0;
        while (!_simulator.IsDisposed)
        {
            long period;
            lock (_chip.Sync)
            {
                while (!_simulator.IsDisposed && !_chip.IsConverting)
                {
                    Monitor.Wait(_chip.Sync, 100);
                }

                if (_simulator.IsDisposed)
                {
                    return;
                }

                if (generation != _chip.Generation)
                {
                    generation = _chip.Generation;
                    tickOrigin = clock.Ticks;
                    wallOrigin = Stopwatch.GetTimestamp();
                    conversions = 0;
                }

                period = _chip.PeriodTicks;
            }

            long due = conversions + 1;
            if (realTime)
            {
                long reached = WaitForWallClock(wallOrigin, period, due, generation);
                if (reached < due)
                {
                    continue;
                }

                due = reached;
            }

            bool edge;
            lock (_chip.Sync)
            {
                if (generation != _chip.Generation || !_chip.IsConverting)
                {
                    continue;
                }

                // Conversions the wall clock has already passed happen unseen: their frames are overwritten.
                while (conversions + 1 < due)
                {
                    _chip.Convert();
                    conversions++;
                }

                clock.AdvanceTo(tickOrigin + (due * period));
                edge = _chip.Convert();
                conversions = due;
            }

            if (!edge)
            {
                continue;
            }

            _simulator.GpioDriver.DriveInput(_simulator.DataReadyPin, high: true);
            _simulator.GpioDriver.DriveInput(_simulator.DataReadyPin, high: false);
            if (!realTime)
            {
                WaitForRead(period, generation);
            }
        }
    }

    private long WaitForWallClock(long wallOrigin, long period, long due, int generation)
    {
        while (true)
        {
            double elapsedTicks = (Stopwatch.GetTimestamp() - wallOrigin) * (double)SimulationClock.TicksPerSecond / Stopwatch.Frequency;
            long reached = (long)(elapsedTicks / period);
            if (reached >= due)
            {
                return reached;
            }

            double remainingMs = ((due * period) - elapsedTicks) * 1000.0 / SimulationClock.TicksPerSecond;
            lock (_chip.Sync)
            {
                if (_simulator.IsDisposed || generation != _chip.Generation || !_chip.IsConverting)
                {
                    return -1;
                }

                if (remainingMs > 0.5)
                {
                    Monitor.Wait(_chip.Sync, 1);
                    continue;
                }
            }

            Thread.Yield();
        }
    }

    private void WaitForRead(long period, int generation)
    {
        long deadline = Stopwatch.GetTimestamp() + (period * Stopwatch.Frequency / SimulationClock.TicksPerSecond);
        lock (_chip.Sync)
        {
            while (_chip.FrameUnread && !_simulator.IsDisposed && generation == _chip.Generation)
            {
                long left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    return;
                }

                Monitor.Wait(_chip.Sync, TimeSpan.FromTicks(Math.Max(1, left * TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
            }
        }
    }
}
