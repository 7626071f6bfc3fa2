using System;
using System.IO;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>A MIT-BIH record's first signal in the canonical unit (int16, 5 µV/LSB) at its own rate.</summary>
public sealed class EcgRecording
{
    private EcgRecording(string name, int sampleRateHz, short[] samples)
    {
        Name = name;
        SampleRateHz = sampleRateHz;
        Samples = samples;
    }

    /// <summary>The record name, e.g. "100".</summary>
    public string Name { get; }

    /// <summary>The sampling rate, Hz (360 for MIT-BIH).</summary>
    public int SampleRateHz { get; }

    /// <summary>The canonical samples of signal 0.</summary>
    public short[] Samples { get; }

    /// <summary>The duration in seconds.</summary>
    public double Seconds => (double)Samples.Length / SampleRateHz;

    /// <summary>Loads signal 0 of a mitdb record from <see cref="EcgDataDirectory"/>.</summary>
    /// <param name="record">The record name.</param>
    /// <exception cref="DirectoryNotFoundException">The ECG data folder cannot be found.</exception>
    public static EcgRecording LoadMitdb(string record)
    {
        string root = EcgDataDirectory.TryResolve()
            ?? throw new DirectoryNotFoundException(
                $"ECG data not found: set {EcgDataDirectory.EnvironmentVariable} to the folder holding mitdb/.");
        RecordSignal ecg = RecordSignal.Read(Path.Combine(root, "mitdb", record), 0);
        return new EcgRecording(record, ecg.SampleRateHz, ecg.Samples);
    }
}
