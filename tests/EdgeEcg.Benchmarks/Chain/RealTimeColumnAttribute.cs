using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>Adds the "× real time" and "B / ECG s" columns to a chain benchmark (one operation = <see cref="ChainRecordInfo.Record"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RealTimeColumnAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    public RealTimeColumnAttribute()
    {
        double seconds = ChainRecordInfo.EcgSeconds ?? double.NaN;
        Config = ManualConfig.CreateEmpty().AddColumn(new EcgSecondsColumn(seconds, perTime: true), new EcgSecondsColumn(seconds, perTime: false));
    }

    /// <inheritdoc/>
    public IConfig Config { get; }

    private sealed class EcgSecondsColumn(double ecgSeconds, bool perTime) : IColumn
    {
        public string Id => perTime ? "EcgRealTime" : "EcgAllocPerSecond";

        public string ColumnName => perTime ? "× real time" : "B / ECG s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perTime ? 0 : 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perTime
            ? "Seconds of ECG processed per second of elapsed time (record length / mean time per operation)"
            : "Managed bytes allocated per second of ECG processed";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            if (report is null || double.IsNaN(ecgSeconds))
            {
                return "NA";
            }

            if (perTime)
            {
                double? meanNs = report.ResultStatistics?.Mean;
                return meanNs is > 0 ? (ecgSeconds / (meanNs.Value * 1e-9)).ToString("N0", CultureInfo.InvariantCulture) : "NA";
            }

            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "NA" : (bytes.Value / ecgSeconds).ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
