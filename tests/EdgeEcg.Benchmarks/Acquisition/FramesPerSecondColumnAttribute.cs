using System;
using BenchmarkDotNet.Configs;
using EdgeEcg.Benchmarks.Columns;

namespace EdgeEcg.Benchmarks.Acquisition;

/// <summary>Adds "frames / s" and "B / frame" columns (one operation = <see cref="AcquisitionBenchmarks.FramesPerOperation"/> frames).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FramesPerSecondColumnAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public FramesPerSecondColumnAttribute()
    {
        const double frames = AcquisitionBenchmarks.FramesPerOperation;
        Config = ManualConfig.CreateEmpty().AddColumn(
            new PerUnitColumn("FramesPerSecond", "frames / s",
                "Frames acquired per second of elapsed time (frames per operation / mean time per operation)", frames, perTime: true, "N0"),
            new PerUnitColumn("BytesPerFrame", "B / frame",
                "Managed bytes allocated (all threads) per frame acquired", frames, perTime: false, "N3"));
    }

    /// <inheritdoc/>
    public IConfig Config { get; }
}
