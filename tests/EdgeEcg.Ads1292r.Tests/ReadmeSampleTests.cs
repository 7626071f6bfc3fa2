using System;
using System.IO;
using EdgeEcg.Ads1292r.Simulation;
using UnitsNet;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

/// <summary>The usage sample of device/EdgeEcg.Ads1292r/README.md, with the simulator's SPI device and GPIO controller.</summary>
public class ReadmeSampleTests
{
    /// <summary>The README lines the test below runs verbatim (only the SPI device and GPIO controller differ).</summary>
    public static TheoryData<string> SampleLines => new()
    {
        "    pinDataReady: 25, pinStart: 24, pinReset: 23);",
        "chip.Initialize();",
        "chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps500 });",
        "chip.StartContinuousRead();",
        "chip.StartConversions();",
        "if (chip.WaitForDataReady(TimeSpan.FromSeconds(1)) && chip.TryReadVoltages(out var ch1, out var ch2))",
    };

    [Theory]
    [MemberData(nameof(SampleLines))]
    public void Readme_StillContainsTheSampleThisTestRuns(string line)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "EdgeEcg.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        string readme = File.ReadAllText(Path.Combine(dir, "device", "EdgeEcg.Ads1292r", "README.md"));
        Assert.Contains(line, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeSample_ReadsAnEcgVoltage()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        using var chip = new Ads1292r(sim.CreateSpiDevice(Ads1292r.CreateSpiConnectionSettings(0, 0)), sim.CreateGpioController(),
            pinDataReady: 25, pinStart: 24, pinReset: 23);
        chip.Initialize();
        chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps500 });
        chip.StartContinuousRead();
        chip.StartConversions();
        Assert.True(chip.WaitForDataReady(TimeSpan.FromSeconds(1)));
        Assert.True(chip.TryReadVoltages(out ElectricPotential ch1, out ElectricPotential ch2));

        // The synthetic ECG stays within ±1.5 mV on channel 2 and ±0.2 mV on channel 1.
        Assert.InRange(ch2.Millivolts, -1.5, 1.5);
        Assert.InRange(ch1.Millivolts, -0.21, 0.21);
    }
}
