using System;
using System.IO;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Noise;

/// <summary>
/// The beats the device chain detects in a noise stress copy of a record (<see cref="NoiseStressRecord"/>, made in
/// memory), under the clean record's name so that they are scored against its reference annotations.
/// </summary>
public static class NoisyDetections
{
    /// <summary>Runs the chain over the record with the noise added.</summary>
    /// <param name="recordPath">Clean record (path without extension), with its <c>.atr</c>.</param>
    /// <param name="noise">Noise record and SNR; the noise record is looked up in <c>nstdb</c> beside the record's folder.</param>
    /// <param name="settings">DSP settings.</param>
    /// <exception cref="FileNotFoundException">The noise record (or a record file) is missing.</exception>
    public static DetectedBeats Run(string recordPath, NoiseCopy noise, DspSettings settings)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentNullException.ThrowIfNull(noise);
        string noisePath = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(recordPath)))!, "nstdb", noise.Noise);
        if (!File.Exists(noisePath + ".hea"))
            throw new FileNotFoundException($"noise {noise}: noise record {noisePath}.hea not found (nstdb/ beside the record's folder)", noisePath + ".hea");
        int[][] mixed = NoiseStressRecord.MixRecords(recordPath, noisePath, noise.SnrDb, out WfdbHeader header, out _, out _);
        int lead = RecordBeatExtractor.LeadIndex(header);
        SignalSpec spec = header.Signals[lead];
        double gain = spec.GainPerMillivolt
            ?? throw new NotSupportedException($"record {header.RecordName} signal {lead} is in '{spec.Units}', not a voltage");
        // nst removes the ADC zero and keeps the baseline; relative to baseline − ADC zero the level is the clean record's.
        short[] samples = CanonicalSamples.FromAdu(mixed[lead], spec.Baseline - spec.AdcZero, gain);
        return DetectedBeats.Run(Path.GetFileName(recordPath), samples, (int)Math.Round(header.SamplingFrequency), settings);
    }
}
