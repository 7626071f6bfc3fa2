using System;
using System.IO;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Records;

/// <summary>One signal of a WFDB record in the device chain's canonical form: int16, 5 µV per LSB, at the record's own rate.</summary>
public sealed class RecordSignal
{
    private RecordSignal(string recordName, int signal, int sampleRateHz, short[] samples)
    {
        RecordName = recordName;
        Signal = signal;
        SampleRateHz = sampleRateHz;
        Samples = samples;
    }

    /// <summary>The record name from the header, e.g. <c>100</c>.</summary>
    public string RecordName { get; }

    /// <summary>The 0-based signal index.</summary>
    public int Signal { get; }

    /// <summary>The sampling rate in Hz: one the chain accepts (250, 360 or 500), or any whole rate from <see cref="ReadAtAnyRate"/>.</summary>
    public int SampleRateHz { get; }

    /// <summary>The canonical samples (baseline removed, 5 µV per LSB, saturated to int16).</summary>
    public short[] Samples { get; }

    /// <summary>The duration in seconds.</summary>
    public double DurationSeconds => (double)Samples.Length / SampleRateHz;

    /// <summary>Reads signal <paramref name="signal"/> of a record and converts it to the canonical form.</summary>
    /// <param name="recordPath">Record path without extension, e.g. <c>.../mitdb/100</c>.</param>
    /// <param name="signal">0-based signal index.</param>
    /// <exception cref="FileNotFoundException">The record's header or signal file is missing.</exception>
    /// <exception cref="WfdbFormatException">The record is corrupt (length, checksum, initial value, format).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record has no such signal.</exception>
    /// <exception cref="NotSupportedException">
    /// The record is not sampled at 250, 360 or 500 Hz, or the signal is not in voltage units (mV, uV, V).
    /// </exception>
    public static RecordSignal Read(string recordPath, int signal) => Read(recordPath, signal, chainRatesOnly: true);

    /// <summary>
    /// Reads signal <paramref name="signal"/> of a record at whatever whole rate it has, in the canonical form, for a
    /// caller that brings it to a rate the chain takes itself (model-tools reading other databases).
    /// </summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="signal">0-based signal index.</param>
    /// <exception cref="FileNotFoundException">The record's header or signal file is missing.</exception>
    /// <exception cref="WfdbFormatException">The record is corrupt (length, checksum, initial value, format).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record has no such signal.</exception>
    /// <exception cref="NotSupportedException">The rate is not a whole number of hertz, or the signal is not in voltage units.</exception>
    public static RecordSignal ReadAtAnyRate(string recordPath, int signal) => Read(recordPath, signal, chainRatesOnly: false);

    private static RecordSignal Read(string recordPath, int signal, bool chainRatesOnly)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        WfdbRecord record = WfdbRecord.Read(recordPath);
        if (signal < 0 || signal >= record.Header.SignalCount)
        {
            throw new ArgumentOutOfRangeException(nameof(signal), signal, $"Record '{recordPath}' has {record.Header.SignalCount} signal(s).");
        }

        double fs = record.Header.SamplingFrequency;
        int rate = (int)Math.Round(fs);
        if (rate != fs || (chainRatesOnly && rate != 250 && rate != 360 && rate != 500))
        {
            throw new NotSupportedException(chainRatesOnly
                ? $"Record '{recordPath}' is sampled at {fs} Hz; the chain accepts 250, 360 or 500 Hz."
                : $"Record '{recordPath}' is sampled at {fs} Hz; a whole number of hertz is needed.");
        }

        SignalSpec spec = record.Header.Signals[signal];
        double gain = spec.GainPerMillivolt ?? throw new NotSupportedException(
            $"Record '{recordPath}' signal {signal} is in '{spec.Units}'; the chain needs a voltage (mV, uV or V).");
        short[] samples = CanonicalSamples.FromAdu(record.GetSignal(signal), spec.Baseline, gain);
        return new RecordSignal(record.Header.RecordName, signal, rate, samples);
    }
}
