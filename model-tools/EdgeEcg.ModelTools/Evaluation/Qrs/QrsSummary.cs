using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Evaluation.Matching;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>The EC57 QRS detection report over a set of records: per-record counts, gross and average statistics.</summary>
public sealed class QrsSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="settings">How the comparison was run.</param>
    /// <param name="records">Per-record results, in the order requested.</param>
    public QrsSummary(QrsEvaluationSettings settings, IReadOnlyList<QrsRecordResult> records)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(records);
        Settings = settings;
        Records = records;
        Gross = GrossOf(r => r.Scored);
        Average = AverageOf(r => r.Scored);
        AllBeatsGross = GrossOf(r => r.AllBeats);
        AllBeatsAverage = AverageOf(r => r.AllBeats);
        foreach (QrsRecordResult r in records)
        {
            UnreadableSeconds += r.UnreadableSeconds;
        }
    }

    /// <summary>How the comparison was run.</summary>
    public QrsEvaluationSettings Settings { get; }

    /// <summary>Per-record results.</summary>
    public IReadOnlyList<QrsRecordResult> Records { get; }

    /// <summary>Gross statistics over the test periods: counts pooled over all records.</summary>
    public QrsStatistics Gross { get; }

    /// <summary>Average statistics over the test periods: the mean of the per-record Se and +P (records where they are defined).</summary>
    public QrsStatistics Average { get; }

    /// <summary>Gross statistics over every beat (no learning period).</summary>
    public QrsStatistics AllBeatsGross { get; }

    /// <summary>Average statistics over every beat (no learning period).</summary>
    public QrsStatistics AllBeatsAverage { get; }

    /// <summary>Total unreadable (shutdown) time over all records, seconds.</summary>
    public double UnreadableSeconds { get; }

    private QrsStatistics GrossOf(Func<QrsRecordResult, MatchCounts> pick)
    {
        MatchCounts total = default;
        foreach (QrsRecordResult r in Records)
        {
            total += pick(r);
        }

        return new QrsStatistics(total.Sensitivity, total.PositivePredictivity, total.TruePositives, total.FalseNegatives, total.FalsePositives);
    }

    private QrsStatistics AverageOf(Func<QrsRecordResult, MatchCounts> pick)
    {
        double se = 0;
        double ppv = 0;
        int nSe = 0;
        int nPpv = 0;
        MatchCounts total = default;
        foreach (QrsRecordResult r in Records)
        {
            MatchCounts c = pick(r);
            total += c;
            if (!double.IsNaN(c.Sensitivity))
            {
                se += c.Sensitivity;
                nSe++;
            }

            if (!double.IsNaN(c.PositivePredictivity))
            {
                ppv += c.PositivePredictivity;
                nPpv++;
            }
        }

        return new QrsStatistics(nSe == 0 ? double.NaN : se / nSe, nPpv == 0 ? double.NaN : ppv / nPpv, total.TruePositives, total.FalseNegatives, total.FalsePositives);
    }
}
