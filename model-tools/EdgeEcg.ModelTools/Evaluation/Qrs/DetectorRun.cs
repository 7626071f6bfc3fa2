using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>Runs the device chain (<see cref="ChainRecording"/>) on one signal of a WFDB record.</summary>
public static class DetectorRun
{
    /// <summary>Reads the record and runs the chain on signal <paramref name="signal"/>.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="signal">0-based signal index.</param>
    /// <param name="mains">Mains frequency to notch.</param>
    /// <param name="keepBeatsInUnreadable">Keep beats inside unreadable stretches.</param>
    /// <returns>The chain's events at the record's own sampling rate.</returns>
    /// <exception cref="NotSupportedException">The record is not sampled at 250, 360 or 500 Hz, or the signal is not in volt units.</exception>
    public static ChainRecording Run(string recordPath, int signal, MainsFrequency mains, bool keepBeatsInUnreadable)
    {
        WfdbRecord record = WfdbRecord.Read(recordPath);
        if (signal < 0 || signal >= record.Header.SignalCount)
        {
            throw new ArgumentOutOfRangeException(nameof(signal), signal, $"Record '{recordPath}' has {record.Header.SignalCount} signal(s).");
        }

        double fs = record.Header.SamplingFrequency;
        int rate = (int)Math.Round(fs);
        if (rate != fs || (rate != 250 && rate != 360 && rate != 500))
        {
            throw new NotSupportedException($"Record '{recordPath}' is sampled at {fs} Hz; the chain accepts 250, 360 or 500 Hz.");
        }

        SignalSpec spec = record.Header.Signals[signal];
        double gain = spec.GainPerMillivolt ?? throw new NotSupportedException(
            $"Record '{recordPath}' signal {signal} is in '{spec.Units}'; the chain needs a voltage (mV, uV or V).");
        short[] samples = CanonicalSamples.FromAdu(record.GetSignal(signal), spec.Baseline, gain);
        return ChainRecording.Run(samples, rate, mains, keepBeatsInUnreadable);
    }
}
