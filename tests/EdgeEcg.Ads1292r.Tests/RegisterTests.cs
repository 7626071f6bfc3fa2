using System;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class RegisterTests
{
    public static TheoryData<Ads1292rSettings> Variants => new()
    {
        new Ads1292rSettings(),
        new Ads1292rSettings
        {
            DataRate = DataRate.Sps250,
            Config2 = Config2Flags.TestSignalOn | Config2Flags.TestSquareWave1Hz | Config2Flags.ReferenceBufferOn,
            LeadOffThreshold = LeadOffThreshold.Percent70,
            LeadOffCurrent = LeadOffCurrent.Microamps22,
            AcLeadOff = true,
            Channel1 = new ChannelSettings(PgaGain.Gain12, InputMux.Temperature),
            Channel2 = new ChannelSettings(PgaGain.Gain1, InputMux.TestSignal),
            ChopFrequency = 3,
            RightLegDrive = RightLegDriveSenseFlags.LeadOffSense | RightLegDriveSenseFlags.Channel1Positive,
            LeadOffSense = LeadOffSenseFlags.FlipChannel2 | LeadOffSenseFlags.In1Negative,
            ClockDivider16 = true,
            Respiration1 = 0xF1,
            Respiration2 = 0x84,
            Gpio = 0x03,
        },
        new Ads1292rSettings
        {
            DataRate = DataRate.Sps8000,
            SingleShot = true,
            Config2 = Config2Flags.Reference4V | Config2Flags.ClockOutput,
            Channel1 = new ChannelSettings(PgaGain.Gain3, InputMux.Shorted, PowerDown: true),
            Channel2 = new ChannelSettings(PgaGain.Gain8, InputMux.Input3),
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Settings_EncodeDecode_RoundTrips(Ads1292rSettings settings)
    {
        Span<byte> regs = stackalloc byte[Ads1292rSettings.RegisterCount];
        settings.Encode(regs);
        Span<byte> again = stackalloc byte[Ads1292rSettings.RegisterCount];
        Ads1292rSettings.Decode(regs).Encode(again);
        Assert.Equal(regs.ToArray(), again.ToArray());
    }

    [Fact]
    public void Settings_Encode_WritesReservedBitsAsDatasheetRequires()
    {
        Span<byte> regs = stackalloc byte[Ads1292rSettings.RegisterCount];
        new Ads1292rSettings { Config2 = Config2Flags.None }.Encode(regs);
        Assert.Equal(0x80, regs[1] & 0x84); // CONFIG2 bit 7 = 1, bit 2 = 0
        Assert.Equal(0x10, regs[2] & 0x12); // LOFF bit 4 = 1, bit 1 = 0
        Assert.Equal(0x02, regs[8] & 0x02); // RESP1 bit 1 = 1
        Assert.Equal(0x01, regs[9] & 0x79); // RESP2 bits 6..3 = 0, bit 0 = 1
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Configure_ThroughSimulator_ReadsBackWhatWasWritten(Ads1292rSettings settings)
    {
        using var f = new SimulatorFixture(masterClockHz: settings.ClockDivider16 ? ChipTiming.ExternalClockHz : ChipTiming.InternalClockHz);
        f.Chip.Initialize();
        f.Chip.Configure(settings);

        Span<byte> expected = stackalloc byte[Ads1292rSettings.RegisterCount];
        Span<byte> actual = stackalloc byte[Ads1292rSettings.RegisterCount];
        settings.Encode(expected);
        f.Chip.ReadSettings().Encode(actual);
        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(expected[0], f.Simulator.PeekRegister(Register.Config1));
        Assert.Equal(expected[4], f.Simulator.PeekRegister(Register.Channel2Settings));
    }

    [Fact]
    public void AfterInitialize_RegistersHoldDatasheetResetValues()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        Span<byte> regs = stackalloc byte[12];
        f.Chip.ReadRegisters(Register.Id, regs);
        Assert.Equal(new byte[] { 0x73, 0x02, 0x80, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x0C }, regs.ToArray());
    }

    [Fact]
    public void Settings_AfterInitializeResetOrPowerCycle_DescribeTheChipsResetState()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        AssertSettingsMatchChip(f.Chip);

        f.Chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps250 });
        f.Chip.Reset();
        f.Chip.StopContinuousRead();
        AssertSettingsMatchChip(f.Chip);

        f.Chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps250 });
        f.Chip.PowerDown();
        f.Chip.PowerUp();
        f.Chip.StopContinuousRead();
        AssertSettingsMatchChip(f.Chip);
    }

    [Fact]
    public void ReadOnlyBits_IgnoreWrites()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Chip.WriteRegister(Register.Id, 0x12);
        f.Chip.WriteRegister(Register.LeadOffStatus, 0xFF);
        f.Chip.WriteRegister(Register.Config2, 0x00);
        Assert.Equal(0x73, f.Chip.ReadRegister(Register.Id));
        Assert.Equal(0x40, f.Chip.ReadRegister(Register.LeadOffStatus)); // only CLK_DIV is writable
        Assert.Equal(0x80, f.Chip.ReadRegister(Register.Config2)); // bit 7 fixed at 1
    }

    [Theory]
    [InlineData(0x0C, 0x03, 0x0F)] // both pins inputs: GPIOD reads the board's levels, not the 0s written
    [InlineData(0x08, 0x03, 0x0A)] // GPIOC2 = 1: GPIO2 input, reads high; GPIO1 output, reads the 0 written
    [InlineData(0x00, 0x03, 0x00)] // both outputs: GPIOD reads what was written
    public void Configure_GpioInputPinLevels_AreNotMistakenForAWriteFailure(byte gpio, byte pinLevels, byte expectedRead)
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Simulator.GpioInputLevels = pinLevels;

        f.Chip.Configure(new Ads1292rSettings { Gpio = gpio });

        Assert.Equal(expectedRead, f.Chip.ReadRegister(Register.Gpio));
    }

    [Theory]
    [InlineData(ChipTiming.InternalClockHz, true)]
    [InlineData(ChipTiming.ExternalClockHz, false)]
    public void Configure_ClockDividerNotMatchingTheMasterClock_IsRefused(int masterClockHz, bool clockDivider16)
    {
        using var f = new SimulatorFixture(masterClockHz: masterClockHz);
        f.Chip.Initialize();

        ArgumentException e = Assert.Throws<ArgumentException>(() => f.Chip.Configure(new Ads1292rSettings { ClockDivider16 = clockDivider16 }));
        Assert.Contains("ClockDivider16", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{masterClockHz} Hz", e.Message, StringComparison.Ordinal);
        Assert.Equal(0x00, f.Simulator.PeekRegister(Register.LeadOffStatus) & 0x40); // nothing was written
    }

    [Fact]
    public void Configure_WhenReadBackDiffers_NamesRegisterAndValues()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();

        // The bus dies after identification: every read-back is 0xFF.
        f.Simulator.Faults.DeadBus = 0xFF;
        Ads1292rException e = Assert.Throws<Ads1292rException>(() => f.Chip.Configure(new Ads1292rSettings()));
        Assert.Equal(Ads1292rFault.RegisterVerify, e.Fault);
        Assert.Contains("Config1 (0x01) wrote 0x02 but read back 0xFF", e.Message);
    }

    private static void AssertSettingsMatchChip(Ads1292r chip)
    {
        Span<byte> claimed = stackalloc byte[Ads1292rSettings.RegisterCount];
        Span<byte> actual = stackalloc byte[Ads1292rSettings.RegisterCount];
        chip.Settings.Encode(claimed);
        chip.ReadSettings().Encode(actual);
        Assert.Equal(actual.ToArray(), claimed.ToArray());
    }
}
