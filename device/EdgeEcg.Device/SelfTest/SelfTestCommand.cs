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
            int sps = parse.GetValue(rate);
            if (sps is not (125 or 250 or 500 or 1000 or 2000 or 4000 or 8000))
            {
                Console.Error.WriteLine($"selftest: --rate {sps} is not an ADS1292R data rate (125, 250, 500, 1000, 2000, 4000 or 8000)");
                return 2;
            }

            DataRate dataRate = Ads1292rScale.ToDataRate(sps);
            SelfTestReport report;
            if (parse.GetValue(simulate))
            {
                string faultName = parse.GetValue(fault) ?? "none";
                if (Array.IndexOf(SimulatedFaults.Names, faultName) < 0)
                {
                    Console.Error.WriteLine($"selftest: unknown --simulate-fault '{faultName}': use one of {string.Join(", ", SimulatedFaults.Names)}");
                    return 2;
                }

                report = RunSimulated(SimulatedFaults.Parse(faultName), dataRate);
            }
            else
            {
                string target = $"ADS1292R on SPI {parse.GetValue(bus)}.{parse.GetValue(cs)}, DRDY GPIO {parse.GetValue(drdy)}";
                Ads1292r.Ads1292r chip;
                try
                {
                    chip = HardwareFrontEnd.Open(parse.GetValue(bus), parse.GetValue(cs), parse.GetValue(drdy), parse.GetValue(start), parse.GetValue(reset));
                }
                catch (Exception e) when (e is PlatformNotSupportedException or IOException or UnauthorizedAccessException or ArgumentException)
                {
                    Console.Error.WriteLine($"selftest: cannot open the {target}: {e.Message}");
                    Console.Error.WriteLine("Check hardware/README.md (SPI enabled, spi/gpio groups, wiring); on a development machine use --simulate.");
                    return 2;
                }

                using (chip)
                {
                    report = new FrontEndSelfTest(chip, TimeProvider.System, dataRate).Run(target);
                }
            }

            Console.Out.Write(report.ToText());
            if (parse.GetValue(json) is { } file)
            {
                try
                {
                    File.WriteAllText(file.FullName, report.ToJson());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"selftest: cannot write the --json report to '{file.FullName}': {e.Message}");
                    return 2;
                }
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
