using System;
using BenchmarkDotNet.Attributes;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>
/// The whole chain (resample 360→250 Hz, filter, detect, one spectrogram per beat) over MIT-BIH record 100
/// (30 min 5 s), fixed point (<see cref="FixedPointChain"/>) against the NWaves single-precision peer
/// (<see cref="NWavesFloatChain"/>, the baseline). One operation = the whole record.
/// Run: <c>dotnet run --project tests/EdgeEcg.Benchmarks -c Release -- --filter *ChainBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(warmupCount: 2, iterationCount: 8)]
[RealTimeColumn]
public class ChainBenchmarks
{
    private FixedPointChain? fixedPoint;
    private NWavesFloatChain? floatingPoint;
    private short[] samples = Array.Empty<short>();
    private float[] floatSamples = Array.Empty<float>();

    /// <summary>Loads the record and builds both chains once: later operations continue the same stream.</summary>
    [GlobalSetup]
    public void Setup()
    {
        EcgRecording recording = EcgRecording.LoadMitdb(ChainRecordInfo.Record);
        samples = recording.Samples;
        floatSamples = new float[samples.Length];
        for (int i = 0; i < samples.Length; i++)
        {
            floatSamples[i] = samples[i];
        }

        fixedPoint = new FixedPointChain(recording.SampleRateHz);
        floatingPoint = new NWavesFloatChain(recording.SampleRateHz);
    }

    /// <summary>The NWaves floating-point peer.</summary>
    [Benchmark(Baseline = true, Description = "NWaves float32 chain")]
    public int NWavesFloat()
    {
        floatingPoint!.Process(floatSamples);
        return floatingPoint.ImageChecksum;
    }

    /// <summary>The EdgeEcg fixed-point chain.</summary>
    [Benchmark(Description = "EdgeEcg fixed-point chain")]
    public int FixedPoint()
    {
        fixedPoint!.Process(samples);
        return fixedPoint.ImageChecksum;
    }
}
