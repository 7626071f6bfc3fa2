using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>
/// A quick timed comparison of the two chains (BenchmarkDotNet takes long on a 2-core machine): each chain is warmed
/// up over the whole record, then timed over <c>repeat</c> more passes of the same stream, with the managed bytes the
/// thread allocated during the timed passes.
/// </summary>
public static class ChainTimer
{
    /// <summary>Runs the comparison and writes a report.</summary>
    /// <param name="record">MIT-BIH record name.</param>
    /// <param name="repeat">Timed passes per chain (≥ 1).</param>
    /// <param name="output">Where the report goes.</param>
    /// <returns>0 when both chains ran.</returns>
    public static int Run(string record, int repeat, TextWriter output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        EcgRecording recording = EcgRecording.LoadMitdb(record);
        short[] samples = recording.Samples;
        float[] floatSamples = new float[samples.Length];
        for (int i = 0; i < samples.Length; i++)
        {
            floatSamples[i] = samples[i];
        }

        var fixedPoint = new FixedPointChain(recording.SampleRateHz);
        var floatingPoint = new NWavesFloatChain(recording.SampleRateHz);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(inv, "Record mitdb/{0}: {1:N0} samples at {2} Hz = {3:F1} s of ECG; {4} timed passes per chain after 1 warm-up pass",
            record, samples.Length, recording.SampleRateHz, recording.Seconds, repeat));

        fixedPoint.Process(samples);
        int fixedBeats = fixedPoint.BeatCount, fixedImages = fixedPoint.ImageCount;
        floatingPoint.Process(floatSamples);
        int floatBeats = floatingPoint.BeatCount, floatImages = floatingPoint.ImageCount;
        output.WriteLine(string.Format(inv, "First pass: fixed point {0} beats / {1} spectrograms; NWaves float {2} beats / {3} spectrograms",
            fixedBeats, fixedImages, floatBeats, floatImages));

        Measurement fixedResult = Measure(() => fixedPoint.Process(samples), repeat, recording.Seconds);
        Measurement floatResult = Measure(() => floatingPoint.Process(floatSamples), repeat, recording.Seconds);
        Print(output, "EdgeEcg fixed-point chain", fixedResult);
        Print(output, "NWaves float32 chain     ", floatResult);
        output.WriteLine(string.Format(inv, "Speed ratio fixed/float: {0:F2}x (median pass time)", floatResult.MedianSeconds / fixedResult.MedianSeconds));

        output.WriteLine("Breakdown (same method):");
        var withoutImages = new FixedPointChain(recording.SampleRateHz, computeSpectrograms: false);
        withoutImages.Process(samples);
        Print(output, "  fixed point without spectrograms   ", Measure(() => withoutImages.Process(samples), repeat, recording.Seconds));
        var resampler = new NWaves.Operations.Resampler();
        var signal = new NWaves.Signals.DiscreteSignal(recording.SampleRateHz, floatSamples);
        resampler.Resample(signal, 250);
        Print(output, "  NWaves Resampler.Resample alone    ", Measure(() => resampler.Resample(signal, 250), repeat, recording.Seconds));
        float[] at250 = resampler.Resample(signal, 250).Samples;
        var floatAfterResampling = new NWavesFloatChain(recording.SampleRateHz);
        floatAfterResampling.ProcessResampled(at250);
        Print(output, "  NWaves float chain after resampling", Measure(() => floatAfterResampling.ProcessResampled(at250), repeat, recording.Seconds));
        return 0;
    }

    private static void Print(TextWriter output, string name, Measurement m) =>
        output.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{0}: median {1,8:F1} ms/pass (min {2:F1}, max {3:F1}) = {4,9:N0}x real time; allocated {5:N1} B per ECG second",
            name, m.MedianSeconds * 1e3, m.MinSeconds * 1e3, m.MaxSeconds * 1e3, m.EcgSeconds / m.MedianSeconds, m.AllocatedBytes / (m.EcgSeconds * m.Passes)));

    private static Measurement Measure(Action pass, int repeat, double ecgSeconds)
    {
        var times = new double[repeat];
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < repeat; i++)
        {
            long start = Stopwatch.GetTimestamp();
            pass();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Array.Sort(times);
        return new Measurement(times[repeat / 2], times[0], times[repeat - 1], allocated, repeat, ecgSeconds);
    }

    private readonly record struct Measurement(double MedianSeconds, double MinSeconds, double MaxSeconds, long AllocatedBytes, int Passes, double EcgSeconds);
}
