using System;
using System.Collections.Generic;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// Plays a recording at the electrodes: channel 2 carries the record's first signal, channel 1 its second
/// (when present), each resampled to the chip's data rate and converted to microvolts with the record's gain.
/// Playback loops at the end of the record.
/// </summary>
/// <remarks>
/// Raw samples in ADC units become microvolts as (adu − baseline) × 1000 / gain (gain in adu/mV, WFDB's
/// default 200 when absent). Resampling uses <see cref="RationalResampler"/> and is done once per data rate.
/// </remarks>
public sealed class RecordedEcgSource : IElectrodeSource
{
    private readonly double[][] _microvolts;
    private readonly Dictionary<int, double[][]> _byRate = new();
    private readonly object _sync = new();

    /// <summary>Creates a source from raw signals.</summary>
    /// <param name="name">Record name, for messages.</param>
    /// <param name="samplingFrequency">Sampling frequency of the signals in whole hertz.</param>
    /// <param name="signals">One or two raw signals (ADC units), equal length.</param>
    /// <param name="gainsAduPerMillivolt">Gain of each signal.</param>
    /// <param name="baselines">Baseline of each signal.</param>
    public RecordedEcgSource(string name, int samplingFrequency, IReadOnlyList<int[]> signals, IReadOnlyList<double> gainsAduPerMillivolt, IReadOnlyList<int> baselines)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(gainsAduPerMillivolt);
        ArgumentNullException.ThrowIfNull(baselines);
        if (signals.Count is < 1 or > 2 || gainsAduPerMillivolt.Count < signals.Count || baselines.Count < signals.Count)
        {
            throw new ArgumentException($"record {name}: needs one or two signals with a gain and baseline each", nameof(signals));
        }

        Name = name;
        SamplingFrequency = samplingFrequency;
        _microvolts = new double[signals.Count][];
        for (int s = 0; s < signals.Count; s++)
        {
            double gain = gainsAduPerMillivolt[s] == 0 ? 200.0 : gainsAduPerMillivolt[s];
            int[] raw = signals[s];
            double[] uv = new double[raw.Length];
            for (int i = 0; i < raw.Length; i++)
            {
                uv[i] = (raw[i] - baselines[s]) * 1000.0 / gain;
            }

            _microvolts[s] = uv;
        }
    }

    /// <summary>Record name.</summary>
    public string Name { get; }

    /// <summary>Sampling frequency of the recording.</summary>
    public int SamplingFrequency { get; }

    /// <summary>Reads a WFDB record (e.g. <c>.../mitdb/100</c>); its first two signals become channels 2 and 1.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <exception cref="NotSupportedException">A played signal is not in volt units, or the sampling frequency is not whole hertz.</exception>
    public static RecordedEcgSource FromWfdb(string recordPath)
    {
        WfdbRecord record = WfdbRecord.Read(recordPath);
        WfdbHeader header = record.Header;
        int fs = (int)Math.Round(header.SamplingFrequency);
        if (fs != header.SamplingFrequency)
        {
            throw new NotSupportedException($"record {recordPath}: sampled at {header.SamplingFrequency} Hz; playback needs whole hertz");
        }

        int count = Math.Min(2, header.SignalCount);
        var signals = new int[count][];
        var gains = new double[count];
        var baselines = new int[count];
        for (int s = 0; s < count; s++)
        {
            signals[s] = record.GetSignal(s);
            gains[s] = header.Signals[s].GainPerMillivolt ?? throw new NotSupportedException(
                $"record {recordPath}: signal {s} is in '{header.Signals[s].Units}', not a voltage (mV, uV or V)");
            baselines[s] = header.Signals[s].Baseline;
        }

        return new RecordedEcgSource(header.RecordName, fs, signals, gains, baselines);
    }

    /// <summary>Number of samples of one pass through the record at a data rate.</summary>
    /// <param name="samplesPerSecond">The data rate.</param>
    public long Length(int samplesPerSecond) => AtRate(samplesPerSecond)[0].LongLength;

    /// <inheritdoc />
    public double Microvolts(int channel, long index, int samplesPerSecond)
    {
        double[][] signals = AtRate(samplesPerSecond);
        int s = channel == 2 ? 0 : 1;
        if (s >= signals.Length)
        {
            return 0;
        }

        double[] x = signals[s];
        return x[index % x.LongLength];
    }

    private double[][] AtRate(int samplesPerSecond)
    {
        lock (_sync)
        {
            if (!_byRate.TryGetValue(samplesPerSecond, out double[][]? signals))
            {
                signals = new double[_microvolts.Length][];
                for (int s = 0; s < signals.Length; s++)
                {
                    signals[s] = RationalResampler.Resample(_microvolts[s], SamplingFrequency, samplesPerSecond);
                }

                _byRate[samplesPerSecond] = signals;
            }

            return signals;
        }
    }
}
