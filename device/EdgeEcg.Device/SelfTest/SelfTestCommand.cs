using System;
using System.CommandLine;
using Command = System.CommandLine.Command;
using System.IO;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;

namespace EdgeEcg.Device.SelfTest;

/// <summary>The <c>selftest</c> command: runs <see cref="FrontEndSelfTest"/> on hardware or on the simulator.</summary>
public static class SelfTestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var simulate = new Option<bool>("--simulate") { Description = "Test the simulated ADS1292R instead of hardware" };
        var fault = new Option<string>("--simulate-fault") { Description = "Inject a fault into the simulator: " + string.Join(", ", SimulatedFaults.Names), DefaultValueFactory = _ => "none" };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file" };
        var bus = new Option<int>("--spi-bus") { Description = "SPI bus", DefaultValueFactory = _ => 0 };
        var cs = new Option<int>("--cs") { Description = "SPI chip select", DefaultValueFactory = _ => 0 };
        var drdy = new Option<int>("--drdy-pin") { Description = "DRDY GPIO (BCM)", DefaultValueFactory = _ => Ads1292rSimulator.DefaultDataReadyPin };
        var start = new Option<int>("--start-pin") { Description = "START GPIO (BCM), -1 if tied low", DefaultValueFactory = _ => Ads1292rSimulator.DefaultStartPin };
        var reset = new Option<int>("--reset-pin") { Description = "PWDN/RESET GPIO (BCM), -1 if tied high", DefaultValueFactory = _ => Ads1292rSimulator.DefaultResetPin };
        var rate = new Option<int>("--rate") { Description = "Data rate to test (SPS)", DefaultValueFactory = _ => 500 };

        var command = new Command("selftest", "Check the ADS1292R front end: ID, registers, test signal, noise, lead-off, data rate");
        foreach (Option o in new Option[] { simulate, fault, json, bus, cs, drdy, start, reset, rate })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            DataRate dataRate = Ads1292rScale.ToDataRate(parse.GetValue(rate));
            SelfTestReport report;
            if (parse.GetValue(simulate))
            {
                SimulatedFault f = SimulatedFaults.Parse(parse.GetValue(fault) ?? "none");
                report = RunSimulated(f, dataRate);
            }
            else
            {
                using Ads1292r.Ads1292r chip = HardwareFrontEnd.Open(parse.GetValue(bus), parse.GetValue(cs), parse.GetValue(drdy), parse.GetValue(start), parse.GetValue(reset));
                report = new FrontEndSelfTest(chip, TimeProvider.System, dataRate)
                    .Run($"ADS1292R on SPI {parse.GetValue(bus)}.{parse.GetValue(cs)}, DRDY GPIO {parse.GetValue(drdy)}");
            }

            Console.Out.Write(report.ToText());
            if (parse.GetValue(json) is { } file)
            {
                File.WriteAllText(file.FullName, report.ToJson());
            }

            return report.Passed ? 0 : 1;
        });
        return command;
    }

    /// <summary>Runs the self-test against a simulated chip with a synthetic ECG at its electrodes.</summary>
    /// <param name="fault">The fault to inject.</param>
    /// <param name="rate">Data rate.</param>
    public static SelfTestReport RunSimulated(SimulatedFault fault, DataRate rate = DataRate.Sps500)
    {
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed, SimulatedFaults.ToSimulatorFaults(fault));
        using Ads1292r.Ads1292r chip = simulator.CreateBinding();
        return new FrontEndSelfTest(chip, simulator.Clock, rate).Run($"simulated ADS1292R (fault: {SimulatedFaults.Name(fault)})");
    }
}
