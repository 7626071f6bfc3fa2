using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.SelfTest;
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
}
