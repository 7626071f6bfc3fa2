using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EdgeEcg.Benchmarks.Acquisition;

/// <summary>Adds "frames / s" and "B / frame" columns (one operation = <see cref="AcquisitionBenchmarks.FramesPerOperation"/> frames).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FramesPerSecondColumnAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public FramesPerSecondColumnAttribute()
    {
        Config = ManualConfig.CreateEmpty().AddColumn(new FrameColumn(perTime: true), new FrameColumn(perTime: false));
    }

    /// <inheritdoc/>
    public IConfig Config { get; }

    private sealed class FrameColumn(bool perTime) : IColumn
    {
        public string Id => perTime ? "FramesPerSecond" : "BytesPerFrame";

        public string ColumnName => perTime ? "frames / s" : "B / frame";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perTime ? 0 : 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perTime
            ? "Frames acquired per second of elapsed time (frames per operation / mean time per operation)"
            : "Managed bytes allocated (all threads) per frame acquired";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            if (report is null)
            {
                return "NA";
            }

            if (perTime)
            {
                double? meanNs = report.ResultStatistics?.Mean;
                return meanNs is > 0 ? (AcquisitionBenchmarks.FramesPerOperation / (meanNs.Value * 1e-9)).ToString("N0", CultureInfo.InvariantCulture) : "NA";
            }

            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "NA" : (bytes.Value / (double)AcquisitionBenchmarks.FramesPerOperation).ToString("N3", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
