using System;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class ChipTimingTests
{
    [Theory]
    [InlineData(ChipTiming.InternalClockHz)]
    [InlineData(ChipTiming.ExternalClockHz)]
    public void AfterReset_CoversNineModulatorPeriods_AtEitherClockDivider(int masterClockHz)
    {
        // Datasheet SBAS502, RESET command: 9 fMOD cycles to execute; fMOD = fCLK/4 (CLK_DIV = 0) or fCLK/16 (CLK_DIV = 1).
        var timing = new ChipTiming(masterClockHz);
        Assert.True(timing.AfterReset >= TimeSpan.FromSeconds(9.0 * 16 / masterClockHz));
        Assert.True(timing.AfterReset >= TimeSpan.FromSeconds(18.0 / masterClockHz)); // after a PWDN/RESET pulse
    }

    [Fact]
    public void CommandDecode_IsFourMasterClocks_RoundedUp()
    {
        // tSDECODE = 4 tCLK: 7.8125 µs at 512 kHz, never rounded down to a shorter wait.
        TimeSpan decode = new ChipTiming(ChipTiming.InternalClockHz).CommandDecode;
        Assert.InRange(decode.Ticks, 78, 79);
    }

    [Fact]
    public void OtherClocks_AreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChipTiming(1_000_000));
}
