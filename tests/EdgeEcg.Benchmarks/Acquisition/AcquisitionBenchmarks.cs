using BenchmarkDotNet.Attributes;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Benchmarks.Chain;
using EdgeEcg.Device.Acquisition;

namespace EdgeEcg.Benchmarks.Acquisition;

/// <summary>
/// Acquisition through the simulated ADS1292R at full speed: DRDY edge → 9-byte SPI frame read by the binding →
/// status check and sample counter → SPSC ring → consumer. One operation = <see cref="FramesPerOperation"/> frames,
/// and the allocation column covers every thread (simulator, binding, reader and consumer), so bytes/op ÷ frames is
/// the allocation per frame (target 0). The simulator's own work (register model, frame encoding) is included, so the
/// frame rate is a lower bound for the binding and reader alone.
/// Run: <c>dotnet run --project tests/EdgeEcg.Benchmarks -c Release -- --filter *AcquisitionBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(warmupCount: 2, iterationCount: 8)]
[FramesPerSecondColumn]
public class AcquisitionBenchmarks
{
    /// <summary>Frames per benchmark operation.</summary>
    public const int FramesPerOperation = 20_000;

    private Ads1292rSimulator? simulator;
    private Ads1292r.Ads1292r? chip;
    private EcgAcquisition? acquisition;

    /// <summary>Data rate configured in the chip (the virtual clock does not wait for it at full speed).</summary>
    [Params(DataRate.Sps500)]
    public DataRate Rate { get; set; }

    /// <summary>Creates the chip, configures it and starts acquisition once; operations continue the same stream.</summary>
    [GlobalSetup]
    public void Setup()
    {
        simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed);
        chip = simulator.CreateBinding();
        chip.Initialize();
        chip.Configure(new Ads1292rSettings { DataRate = Rate });
        acquisition = new EcgAcquisition(chip, simulator.Clock, new AcquisitionOptions { WaitWhenFull = true, FrameCapacity = 4096 });
        acquisition.Start();
    }

    /// <summary>Stops acquisition and the simulator.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        acquisition?.Stop();
        chip?.Dispose();
        simulator?.Dispose();
    }

    /// <summary>Takes <see cref="FramesPerOperation"/> frames from the ring; returns a checksum so nothing is optimised away.</summary>
    [Benchmark(Description = "ADS1292R sim → binding → SPSC ring")]
    public long TakeFrames()
    {
        long sum = 0;
        int n = 0;
        while (n < FramesPerOperation)
        {
            if (acquisition!.TryRead(out AcquiredFrame frame))
            {
                sum += frame.Channel2;
                n++;
            }
        }

        return sum + acquisition!.Statistics.LostFrames;
    }
}
