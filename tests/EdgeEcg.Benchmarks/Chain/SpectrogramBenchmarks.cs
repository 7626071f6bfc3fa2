using BenchmarkDotNet.Attributes;
using EdgeEcg.Benchmarks.Peers;
using EdgeEcg.Dsp.Spectrogram;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>
/// One beat spectrogram (32 frames of Hann 64 → 128-point real FFT → log-magnitude → int8): the fixed-point
/// <see cref="BeatSpectrogram"/> against the NWaves single-precision peer (<see cref="FloatBeatSpectrogram"/>, baseline),
/// on a synthetic 250-sample beat window.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(warmupCount: 3, iterationCount: 10)]
public class SpectrogramBenchmarks
{
    private readonly BeatSpectrogram fixedPoint = new(SpectrogramSettings.Default);
    private readonly FloatBeatSpectrogram floatingPoint = new(SpectrogramSettings.Default);
    private readonly short[] window = new short[SpectrogramSettings.Default.WindowLength];
    private readonly float[] floatWindow = new float[SpectrogramSettings.Default.WindowLength];
    private readonly sbyte[] image = new sbyte[SpectrogramSettings.Default.ImageLength];

    /// <summary>Builds a beat-like window: an R wave of 1.5 mV at index 90 on a small sine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int n = 0; n < window.Length; n++)
        {
            int r = n - SpectrogramSettings.Default.RPeakIndex;
            int v = (r > -5 && r < 5 ? 300 - (60 * (r < 0 ? -r : r)) : 0) + (int)(40 * System.Math.Sin(n * 0.05));
            window[n] = (short)v;
            floatWindow[n] = v;
        }
    }

    /// <summary>NWaves float peer.</summary>
    [Benchmark(Baseline = true, Description = "NWaves float32 spectrogram")]
    public sbyte Float()
    {
        floatingPoint.Compute(floatWindow, 0, image);
        return image[100];
    }

    /// <summary>EdgeEcg fixed point.</summary>
    [Benchmark(Description = "EdgeEcg fixed-point spectrogram")]
    public sbyte Fixed()
    {
        fixedPoint.Compute(window, 0, image, 0);
        return image[100];
    }
}
