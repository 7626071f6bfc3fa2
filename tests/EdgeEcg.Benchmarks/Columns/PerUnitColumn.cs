using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EdgeEcg.Benchmarks.Columns;

/// <summary>
/// A custom column that divides by the amount of work one benchmark operation does (frames, seconds of ECG):
/// either units per second of elapsed time, or managed bytes allocated per unit.
/// </summary>
/// <param name="id">Column id.</param>
/// <param name="columnName">Header shown in the summary table.</param>
/// <param name="legend">Legend line shown under the table.</param>
/// <param name="unitsPerOperation">Units of work in one operation (NaN when unknown: the column shows NA).</param>
/// <param name="perTime">True for units per second, false for bytes per unit.</param>
/// <param name="bytesFormat">Number format of the bytes-per-unit value.</param>
public sealed class PerUnitColumn(string id, string columnName, string legend, double unitsPerOperation, bool perTime, string bytesFormat) : IColumn
{
    /// <inheritdoc/>
    public string Id => id;

    /// <inheritdoc/>
    public string ColumnName => columnName;

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => perTime ? 0 : 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => legend;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || double.IsNaN(unitsPerOperation))
        {
            return "NA";
        }

        if (perTime)
        {
            double? meanNs = report.ResultStatistics?.Mean;
            return meanNs is > 0 ? (unitsPerOperation / (meanNs.Value * 1e-9)).ToString("N0", CultureInfo.InvariantCulture) : "NA";
        }

        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is null ? "NA" : (bytes.Value / unitsPerOperation).ToString(bytesFormat, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
