using System;
using EdgeEcg.Ads1292r.Simulation;

namespace EdgeEcg.Ads1292r.Tests;

/// <summary>A simulated chip with a binding on it, disposed together.</summary>
internal sealed class SimulatorFixture : IDisposable
{
    public SimulatorFixture(SimulatorFaults? faults = null, bool wireStart = true, bool wireReset = true, IElectrodeSource? source = null,
        int masterClockHz = ChipTiming.InternalClockHz)
    {
        Simulator = new Ads1292rSimulator(source ?? new SyntheticEcgSource(), ClockMode.FullSpeed, faults, masterClockHz);
        Chip = Simulator.CreateBinding(wireStart, wireReset);
    }

    public Ads1292rSimulator Simulator { get; }

    public Ads1292r Chip { get; }

    public void Dispose()
    {
        Chip.Dispose();
        Simulator.Dispose();
    }
}
