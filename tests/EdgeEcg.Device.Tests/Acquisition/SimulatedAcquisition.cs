using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.Acquisition;

namespace EdgeEcg.Device.Tests.Acquisition;

/// <summary>A full-speed simulated chip, initialised and configured, with an acquisition on it.</summary>
internal sealed class SimulatedAcquisition : IDisposable
{
    public SimulatedAcquisition(IElectrodeSource source, DataRate rate = DataRate.Sps500, AcquisitionOptions? options = null, SimulatorFaults? faults = null)
    {
        Source = source;
        Simulator = new Ads1292rSimulator(source, ClockMode.FullSpeed, faults);
        Chip = Simulator.CreateBinding();
        Chip.Initialize();
        Settings = new Ads1292rSettings { DataRate = rate };
        Chip.Configure(Settings);
        Acquisition = new EcgAcquisition(Chip, Simulator.Clock, options ?? new AcquisitionOptions { WaitWhenFull = true });
    }

    public IElectrodeSource Source { get; }

    public Ads1292rSimulator Simulator { get; }

    public Ads1292r.Ads1292r Chip { get; }

    public Ads1292rSettings Settings { get; }

    public EcgAcquisition Acquisition { get; }

    public List<AcquisitionEvent> Events { get; } = new();

    /// <summary>The code the chip must produce for a sample index on channel 2.</summary>
    public int ExpectedChannel2(long index) => Settings.Channel2Scale.ToCode(Source.Microvolts(2, index, Settings.SamplesPerSecond));

    /// <summary>Starts, reads frames until <paramref name="sampleCount"/> indices have passed, stops; collects events.</summary>
    public List<AcquiredFrame> Run(long sampleCount)
    {
        var frames = new List<AcquiredFrame>();
        var watch = Stopwatch.StartNew();
        Acquisition.Start();
        while (Acquisition.SampleCounter < sampleCount && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            Drain(frames);
            Thread.Yield();
        }

        Acquisition.Stop();
        Drain(frames);
        return frames;
    }

    public void Dispose()
    {
        Acquisition.Dispose();
        Chip.Dispose();
        Simulator.Dispose();
    }

    private void Drain(List<AcquiredFrame> frames)
    {
        while (Acquisition.TryRead(out AcquiredFrame f))
        {
            frames.Add(f);
        }

        while (Acquisition.TryReadEvent(out AcquisitionEvent e))
        {
            Events.Add(e);
        }
    }
}
