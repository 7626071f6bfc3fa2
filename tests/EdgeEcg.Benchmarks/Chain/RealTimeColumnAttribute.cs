using System;
using BenchmarkDotNet.Configs;
using EdgeEcg.Benchmarks.Columns;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>Adds the "× real time" and "B / ECG s" columns to a chain benchmark (one operation = <see cref="ChainRecordInfo.Record"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RealTimeColumnAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public RealTimeColumnAttribute()
    {
        double seconds = ChainRecordInfo.EcgSeconds ?? double.NaN;
        Config = ManualConfig.CreateEmpty().AddColumn(
            new PerUnitColumn("EcgRealTime", "× real time",
                "Seconds of ECG processed per second of elapsed time (record length / mean time per operation)", seconds, perTime: true, "N0"),
            new PerUnitColumn("EcgAllocPerSecond", "B / ECG s",
                "Managed bytes allocated per second of ECG processed", seconds, perTime: false, "N1"));
    }

    /// <inheritdoc/>
    public IConfig Config { get; }
}
