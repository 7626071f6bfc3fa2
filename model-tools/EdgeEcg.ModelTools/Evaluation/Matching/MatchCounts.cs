using System;

namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>QRS detection counts from one beat-by-beat comparison, with EC57 sensitivity and positive predictivity.</summary>
/// <param name="TruePositives">Reference beats matched by a test beat.</param>
/// <param name="FalseNegatives">Reference beats without a match (including those in test shutdown).</param>
/// <param name="FalsePositives">Test beats without a match (test beats inside reference VF are not counted).</param>
/// <param name="MissedInShutdown">The part of <paramref name="FalseNegatives"/> that fell inside a test shutdown.</param>
/// <param name="ShutdownSamples">Total duration of the test annotator's shutdown, in samples.</param>
public readonly record struct MatchCounts(long TruePositives, long FalseNegatives, long FalsePositives, long MissedInShutdown, long ShutdownSamples)
{
    /// <summary>Sensitivity Se = TP / (TP + FN) in percent, or NaN when there is no reference beat.</summary>
    public double Sensitivity => Percent(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Positive predictivity +P = TP / (TP + FP) in percent, or NaN when there is no test beat.</summary>
    public double PositivePredictivity => Percent(TruePositives, TruePositives + FalsePositives);

    /// <summary>Adds two sets of counts (pooling records for gross statistics).</summary>
    /// <param name="a">The first counts.</param>
    /// <param name="b">The second counts.</param>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives, a.FalsePositives + b.FalsePositives,
            a.MissedInShutdown + b.MissedInShutdown, a.ShutdownSamples + b.ShutdownSamples);

    /// <summary>Adds two sets of counts (same as the + operator).</summary>
    /// <param name="other">The counts to add.</param>
    public MatchCounts Add(MatchCounts other) => this + other;

    private static double Percent(long a, long b) => b <= 0 ? double.NaN : 100.0 * a / b;
}
