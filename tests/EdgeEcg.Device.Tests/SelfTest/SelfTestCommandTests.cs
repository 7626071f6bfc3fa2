using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.Device.SelfTest;
using Xunit;

namespace EdgeEcg.Device.Tests.SelfTest;

[Collection("Console")]
public class SelfTestCommandTests
{
    [Fact]
    public void Simulate_HealthyChip_PassesEveryCheck()
    {
        SelfTestReport report = SelfTestCommand.RunSimulated(SimulatedFault.None);
        Assert.True(report.Passed, report.ToText());
        Assert.Equal(["chip ID", "registers", "test signal", "input noise", "lead-off", "data rate"], report.Checks.Select(c => c.Name));
        Assert.EndsWith("RESULT: PASS" + System.Environment.NewLine, report.ToText());
    }

    [Theory]
    [InlineData(SimulatedFault.WrongId, "chip ID", "wrong ID")]
    [InlineData(SimulatedFault.DeadBus, "chip ID", "dead bus")]
    [InlineData(SimulatedFault.NoisyInputs, "input noise", "noisy inputs")]
    [InlineData(SimulatedFault.WrongDataRate, "data rate", "wrong data rate")]
    public void Simulate_InjectedFault_FailsNamingIt(SimulatedFault fault, string check, string phrase)
    {
        SelfTestReport report = SelfTestCommand.RunSimulated(fault);
        Assert.False(report.Passed);
        SelfTestCheck failure = Assert.Single(report.Checks, c => !c.Passed);
        Assert.Equal(check, failure.Name);
        Assert.Contains(phrase, failure.Message);
        Assert.Contains($"RESULT: FAIL - {check}: ", report.ToText());
    }

    [Fact]
    public void Command_WithJson_ExitsZeroAndWritesReport()
    {
        string path = Path.Combine(Path.GetTempPath(), $"selftest-{System.Guid.NewGuid():N}.json");
        try
        {
            int exit = SelfTestCommand.Create().Parse(["--simulate", "--json", path]).Invoke();
            Assert.Equal(0, exit);
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(doc.RootElement.GetProperty("passed").GetBoolean());
            Assert.Equal(6, doc.RootElement.GetProperty("checks").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Command_WithUnwritableJsonPath_ExitsTwoNamingThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"selftest-missing-{System.Guid.NewGuid():N}", "report.json");
        Assert.Equal(2, Invoke(["--simulate", "--json", path], out string error));
        Assert.Contains($"cannot write the --json report to '{path}'", error);
    }

    [Theory]
    [InlineData("25", "25", "23")]
    [InlineData("25", "24", "24")]
    [InlineData("25", "-1", "25")]
    public void Command_HardwareWithSharedPins_ExitsTwoBeforeOpeningAnything(string drdy, string start, string reset)
    {
        Assert.Equal(2, Invoke(["--drdy-pin", drdy, "--start-pin", start, "--reset-pin", reset], out string error));
        Assert.Contains("must be different GPIOs", error);
    }

    [Fact]
    public void Command_WithFault_ExitsNonZero() =>
        Assert.Equal(1, SelfTestCommand.Create().Parse(["--simulate", "--simulate-fault", "dead-bus"]).Invoke());

    [Theory]
    [InlineData("--rate", "360")]
    [InlineData("--simulate-fault", "loose-wire")]
    public void Command_WithBadOption_ExitsTwo(string option, string value) =>
        Assert.Equal(2, SelfTestCommand.Create().Parse(["--simulate", option, value]).Invoke());

    [Fact]
    public void Simulate_At250Sps_Passes() => Assert.True(SelfTestCommand.RunSimulated(SimulatedFault.None, EdgeEcg.Ads1292r.DataRate.Sps250).Passed);

    [Fact]
    public void FaultNames_RoundTrip()
    {
        foreach (string name in SimulatedFaults.Names)
        {
            Assert.Equal(name, SimulatedFaults.Name(SimulatedFaults.Parse(name)));
        }

        Assert.Throws<System.ArgumentException>(() => SimulatedFaults.Parse("loose-wire"));
    }

    private static int Invoke(string[] args, out string error)
    {
        var writer = new StringWriter();
        TextWriter saved = System.Console.Error;
        System.Console.SetError(writer);
        try
        {
            return SelfTestCommand.Create().Parse(args).Invoke();
        }
        finally
        {
            System.Console.SetError(saved);
            error = writer.ToString();
        }
    }
}
