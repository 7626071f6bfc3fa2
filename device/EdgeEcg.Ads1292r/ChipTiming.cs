using System;
using System.Diagnostics;
using System.Threading;

namespace EdgeEcg.Ads1292r;

/// <summary>The datasheet's timing rules, expressed in master-clock periods (t<sub>CLK</sub>) and waited out.</summary>
/// <remarks>
/// The internal oscillator runs at 512 kHz (t<sub>CLK</sub> ≈ 1.95 µs); an external 2.048 MHz clock needs CLK_DIV = 1.
/// Rules: t<sub>SDECODE</sub> = 4 t<sub>CLK</sub> between bytes of a multi-byte command and after SDATAC;
/// 18 t<sub>CLK</sub> after a PWDN/RESET pulse and 9 f<sub>MOD</sub> periods for the RESET command to execute before the
/// next command; a RESET pulse of at least 2 t<sub>CLK</sub>;
/// 2<sup>18</sup> t<sub>CLK</sub> after power-up (PWDN released) before talking to the chip.
/// </remarks>
public readonly struct ChipTiming
{
    /// <summary>Nominal internal oscillator frequency.</summary>
    public const int InternalClockHz = 512_000;

    /// <summary>Supported external clock frequency (with CLK_DIV = 1).</summary>
    public const int ExternalClockHz = 2_048_000;

    /// <summary>Creates the timing for a master clock.</summary>
    /// <param name="masterClockHz">512,000 (internal) or 2,048,000 (external).</param>
    public ChipTiming(int masterClockHz)
    {
        if (masterClockHz != InternalClockHz && masterClockHz != ExternalClockHz)
        {
            throw new ArgumentOutOfRangeException(nameof(masterClockHz), masterClockHz, "the ADS1292R runs from 512 kHz (internal) or 2.048 MHz (external, CLK_DIV = 1)");
        }

        MasterClockHz = masterClockHz;
    }

    /// <summary>Master clock frequency f<sub>CLK</sub> in hertz.</summary>
    public int MasterClockHz { get; }

    /// <summary>Command decode time t<sub>SDECODE</sub> = 4 t<sub>CLK</sub>.</summary>
    public TimeSpan CommandDecode => Clocks(4);

    /// <summary>
    /// Wait after a reset before the next command: the RESET command takes 9 f<sub>MOD</sub> periods to execute
    /// (datasheet, RESET command), counted at the slowest modulator clock f<sub>CLK</sub>/16 (CLK_DIV = 1), i.e.
    /// 144 t<sub>CLK</sub>; this also covers the 18 t<sub>CLK</sub> required after a PWDN/RESET pulse.
    /// </summary>
    public TimeSpan AfterReset => Clocks(9 * 16);

    /// <summary>Minimum low time of a RESET pulse on the PWDN/RESET pin, 2 t<sub>CLK</sub> (the binding holds it 4).</summary>
    public TimeSpan ResetPulse => Clocks(4);

    /// <summary>Power-on settling after PWDN is released, 2<sup>18</sup> t<sub>CLK</sub>.</summary>
    public TimeSpan PowerOn => Clocks(1 << 18);

    /// <summary>Fastest SPI clock at which one byte lasts at least t<sub>SDECODE</sub>, so multi-byte commands need no inserted delay: 2 f<sub>CLK</sub>.</summary>
    public int MaxSpiClockHz => 2 * MasterClockHz;

    /// <summary>A duration of n master-clock periods.</summary>
    /// <param name="n">Number of t<sub>CLK</sub>.</param>
    public TimeSpan Clocks(long n) => TimeSpan.FromTicks((n * TimeSpan.TicksPerSecond + MasterClockHz - 1) / MasterClockHz);

    /// <summary>Waits at least <paramref name="duration"/>: spins below 1 ms, sleeps above.</summary>
    /// <param name="duration">How long.</param>
    public static void Wait(TimeSpan duration)
    {
        if (duration >= TimeSpan.FromMilliseconds(2))
        {
            Thread.Sleep(duration + TimeSpan.FromMilliseconds(1));
            return;
        }

        long end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency) + 1;
        SpinWait spin = default;
        while (Stopwatch.GetTimestamp() < end)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }
}
