using System;
using System.Device.Spi;
using System.Threading;
using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class CommandTests
{
    [Fact]
    public void Opcodes_MatchDatasheet()
    {
        Assert.Equal(0x02, (byte)Command.Wakeup);
        Assert.Equal(0x04, (byte)Command.Standby);
        Assert.Equal(0x06, (byte)Command.Reset);
        Assert.Equal(0x08, (byte)Command.Start);
        Assert.Equal(0x0A, (byte)Command.Stop);
        Assert.Equal(0x1A, (byte)Command.OffsetCalibration);
        Assert.Equal(0x10, (byte)Command.ReadDataContinuous);
        Assert.Equal(0x11, (byte)Command.StopReadDataContinuous);
        Assert.Equal(0x12, (byte)Command.ReadData);
        Assert.Equal(0x20, (byte)Command.ReadRegister);
        Assert.Equal(0x40, (byte)Command.WriteRegister);
    }

    [Fact]
    public void Sdatac_And_Rdatac_SwitchReadMode()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        Assert.False(f.Simulator.IsContinuousRead);
        f.Chip.StartContinuousRead();
        Assert.True(f.Simulator.IsContinuousRead);
        f.Chip.StopContinuousRead();
        Assert.False(f.Simulator.IsContinuousRead);
    }

    [Fact]
    public void RregAndWreg_InRdatac_AreIgnoredByChipAndRefusedByBinding()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Chip.StartContinuousRead();
        Assert.Throws<InvalidOperationException>(() => f.Chip.ReadRegister(Register.Id));

        // Raw bytes, as a careless driver would send them: WREG CONFIG1 = 0x06 while in RDATAC.
        using SpiDevice raw = f.Simulator.CreateSpiDevice();
        raw.Write(new byte[] { 0x41, 0x00, 0x06 });
        Assert.Equal(1, f.Simulator.Statistics.IgnoredRegisterCommands);
        Assert.Equal(0x02, f.Simulator.PeekRegister(Register.Config1));
    }

    [Fact]
    public void StartAndStop_Commands_RunAndHaltConversions()
    {
        using var f = new SimulatorFixture(wireStart: false);
        f.Chip.Initialize();
        f.Chip.SendCommand(Command.Start);
        Assert.True(f.Simulator.IsConverting);
        Assert.True(SpinUntil(() => f.Simulator.ConversionIndex >= 3));
        f.Chip.SendCommand(Command.Stop);
        Assert.False(f.Simulator.IsConverting);
        long stopped = f.Simulator.Statistics.Conversions;
        Thread.Sleep(20);
        Assert.Equal(stopped, f.Simulator.Statistics.Conversions);
    }

    [Fact]
    public void StartPin_RunsConversions_AndDrdyFalls()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Chip.StartContinuousRead();
        f.Chip.StartConversions();
        Assert.True(f.Chip.WaitForDataReady(TimeSpan.FromSeconds(2)));
        Assert.True(f.Chip.TryReadFrame(out Ads1292rFrame frame));
        Assert.True(frame.HasValidHeader);
        f.Chip.StopConversions();
        Assert.False(f.Simulator.IsConverting);
    }

    [Fact]
    public void StandbyAndWakeup_StopAndResumeConversions()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Chip.StartConversions();
        f.Chip.SendCommand(Command.Standby);
        Assert.True(f.Simulator.IsStandby);
        Assert.False(f.Simulator.IsConverting);
        f.Chip.SendCommand(Command.Wakeup);
        Assert.False(f.Simulator.IsStandby);
        Assert.True(f.Simulator.IsConverting);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reset_ByPinOrCommand_RestoresDefaultsAndRdatac(bool wireReset)
    {
        using var f = new SimulatorFixture(wireReset: wireReset);
        f.Chip.Initialize();
        f.Chip.WriteRegister(Register.Config1, 0x06);
        Assert.Equal(0x06, f.Simulator.PeekRegister(Register.Config1));
        f.Chip.Reset();
        Assert.Equal(0x02, f.Simulator.PeekRegister(Register.Config1));
        Assert.True(f.Simulator.IsContinuousRead);
        // Initialize resets once and the test once more: by pulse on the pin, or by two RESET opcodes.
        Assert.Equal(wireReset ? 0 : 2, f.Simulator.Statistics.Opcodes[(int)Command.Reset]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void OffsetCalibration_RemovesInputOffsetFromShortedInput_OnlyWithCalibOn(bool calibOn)
    {
        using var f = new SimulatorFixture(new SimulatorFaults { InputOffsetMicrovolts = 40, NoiseScale = 0 });
        f.Chip.Initialize();
        var shorted = new Ads1292rSettings { Channel2 = new ChannelSettings(PgaGain.Gain6, InputMux.Shorted) };
        f.Chip.WriteRegister(Register.Channel2Settings, shorted.Channel2.ToRegister());
        f.Chip.WriteRegister(Register.Respiration2, (byte)(calibOn ? 0x83 : 0x03));
        Assert.Equal(40, ReadOneFrameByCommand(f).Channel2 * shorted.Channel2Scale.MicrovoltsPerCode, 0);
        f.Chip.SendCommand(Command.OffsetCalibration);
        Assert.Equal(calibOn ? 40 : 0, f.Simulator.CalibratedOffsetMicrovolts);
        Assert.Equal(calibOn ? 0 : 40, ReadOneFrameByCommand(f).Channel2 * shorted.Channel2Scale.MicrovoltsPerCode, 0);
    }

    [Fact]
    public void Configure_WithDefaultSettings_CalibratesTheOffsetAway()
    {
        using var f = new SimulatorFixture(new SimulatorFaults { InputOffsetMicrovolts = 40, NoiseScale = 0 });
        f.Chip.Initialize();
        f.Chip.Configure(new Ads1292rSettings { Channel2 = new ChannelSettings(PgaGain.Gain6, InputMux.Shorted) });
        Assert.Equal(40, f.Simulator.CalibratedOffsetMicrovolts);
        Assert.Equal(0, ReadOneFrameByCommand(f).Channel2);
    }

    [Fact]
    public void Rdata_InSdatac_ReadsTheLatchedFrame()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        f.Chip.StartConversions();
        Assert.True(f.Chip.WaitForDataReady(TimeSpan.FromSeconds(2)));
        f.Chip.StopConversions();
        Ads1292rFrame frame = f.Chip.ReadFrameByCommand();
        Assert.True(frame.HasValidHeader);
        Assert.Equal(f.Simulator.LatchedFrame, frame);
        f.Chip.StartContinuousRead();
        Assert.Throws<InvalidOperationException>(() => f.Chip.ReadFrameByCommand());
    }

    [Fact]
    public void Binding_RefusesSpiClockAboveDecodeTimeLimit()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        var fast = new SpiConnectionSettings(0, 0) { Mode = SpiMode.Mode1, ClockFrequency = 4_000_000 };
        ArgumentException e = Assert.Throws<ArgumentException>(() => sim.CreateBinding(settings: fast));
        Assert.Contains("command decode time", e.Message);
    }

    [Fact]
    public void Simulator_LosesMultiByteCommandSentFasterThanDecodeTime()
    {
        using var f = new SimulatorFixture();
        f.Chip.Initialize();
        using SpiDevice fast = f.Simulator.CreateSpiDevice(new SpiConnectionSettings(0, 0) { Mode = SpiMode.Mode1, ClockFrequency = 8_000_000 });
        fast.Write(new byte[] { 0x41, 0x00, 0x06 });
        Assert.Equal(1, f.Simulator.Statistics.DecodeTimeViolations);
        Assert.Equal(0x02, f.Simulator.PeekRegister(Register.Config1));
    }

    [Fact]
    public void Binding_RefusesWrongSpiMode()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        var mode0 = new SpiConnectionSettings(0, 0) { Mode = SpiMode.Mode0, ClockFrequency = 1_000_000 };
        Assert.Throws<ArgumentException>(() => sim.CreateBinding(settings: mode0));
    }

    private static Ads1292rFrame ReadOneFrameByCommand(SimulatorFixture f)
    {
        f.Chip.StartConversions();
        Assert.True(f.Chip.WaitForDataReady(TimeSpan.FromSeconds(2)));
        Ads1292rFrame frame = f.Chip.ReadFrameByCommand();
        f.Chip.StopConversions();
        return frame;
    }

    private static bool SpinUntil(Func<bool> condition) => SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(5));
}
