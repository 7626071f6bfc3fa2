using System;
using EdgeEcg.Ads1292r.Simulation;

namespace EdgeEcg.Device.SelfTest;

/// <summary>Faults the self-test can inject into the simulated front end (<c>--simulate-fault</c>).</summary>
public enum SimulatedFault
{
    /// <summary>A healthy chip.</summary>
    None,

    /// <summary>An ADS1292 (ID 0x53) in place of the ADS1292R.</summary>
    WrongId,

    /// <summary>Nothing answers: MISO reads 0xFF.</summary>
    DeadBus,

    /// <summary>Input noise 25 × the datasheet level.</summary>
    NoisyInputs,

    /// <summary>The master clock runs at 80 %: frames arrive at 400 SPS when 500 are configured.</summary>
    WrongDataRate,
}

/// <summary>Names and effects of <see cref="SimulatedFault"/>.</summary>
public static class SimulatedFaults
{
    /// <summary>The command-line names, in enum order.</summary>
    public static readonly string[] Names = ["none", "wrong-id", "dead-bus", "noisy-inputs", "wrong-data-rate"];

    /// <summary>Parses a command-line name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    public static SimulatedFault Parse(string name)
    {
        int i = Array.IndexOf(Names, name);
        return i >= 0 ? (SimulatedFault)i : throw new ArgumentException($"unknown fault '{name}': use one of {string.Join(", ", Names)}", nameof(name));
    }

    /// <summary>The command-line name of a fault.</summary>
    /// <param name="fault">The fault.</param>
    public static string Name(SimulatedFault fault) => Names[(int)fault];

    /// <summary>The simulator faults that produce <paramref name="fault"/>.</summary>
    /// <param name="fault">The fault.</param>
    public static SimulatorFaults ToSimulatorFaults(SimulatedFault fault) => fault switch
    {
        SimulatedFault.WrongId => new SimulatorFaults { Id = 0x53 },
        SimulatedFault.DeadBus => new SimulatorFaults { DeadBus = 0xFF },
        SimulatedFault.NoisyInputs => new SimulatorFaults { NoiseScale = 25 },
        SimulatedFault.WrongDataRate => new SimulatorFaults { ConversionPeriodScale = 1.25 },
        _ => new SimulatorFaults(),
    };
}
