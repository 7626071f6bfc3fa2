using System.Linq;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.SelfTest;
using EdgeEcg.Device.Tests.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.SelfTest;

public class FrontEndSelfTestTests
{
    [Fact]
    public void ElectrodeOff_FailsLeadOffCheckNamingTheElectrode()
    {
        var faults = new SimulatorFaults { ElectrodesOff = LeadOffStatus.In2Positive };
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed, faults);
        using Ads1292r.Ads1292r chip = simulator.CreateBinding();

        SelfTestReport report = new FrontEndSelfTest(chip, simulator.Clock).Run("electrode off");

        SelfTestCheck failure = Assert.Single(report.Checks, c => !c.Passed);
        Assert.Equal("lead-off", failure.Name);
        Assert.Contains("electrodes off: In2Positive", failure.Message);
    }

    [Fact]
    public void DrdyNeverFalling_FailsNamingDrdyInsteadOfThrowing()
    {
        // The chip answers on SPI (ID and registers pass) but no DRDY edge ever reaches the reader, as with a broken
        // DRDY wire. The first capture times out (8 s of real time) and the test stops there with a named failure.
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed);
        simulator.Schedule(new ScheduledEvent(ScheduledEventKind.MissedDataReady, 0, long.MaxValue));
        using Ads1292r.Ads1292r chip = simulator.CreateBinding();

        SelfTestReport report = new FrontEndSelfTest(chip, simulator.Clock).Run("no DRDY");

        Assert.False(report.Passed);
        Assert.Equal(["chip ID", "registers", "data ready"], report.Checks.Select(c => c.Name));
        Assert.Contains("DRDY never fell", report.Checks[^1].Message);
    }

    [Fact]
    public void SpiBusError_FailsTheIdCheckNamingIt()
    {
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed);
        var spi = new FlakySpiDevice(simulator.CreateSpiDevice());
        using var chip = new Ads1292r.Ads1292r(spi, simulator.CreateGpioController(), simulator.DataReadyPin, simulator.StartPin, simulator.ResetPin);
        spi.FailNext(int.MaxValue);

        SelfTestReport report = new FrontEndSelfTest(chip, simulator.Clock).Run("bus error");

        SelfTestCheck check = Assert.Single(report.Checks);
        Assert.Equal("chip ID", check.Name);
        Assert.False(check.Passed);
        Assert.Contains("SPI transfer failed: Error 5", check.Message);
    }
}
