using System;
using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>
/// Beat-by-beat comparison of a test annotator against the reference, following PhysioNet's
/// <c>bxb</c> (G. B. Moody, WFDB, AAMI EC38/EC57): the same pairing rules, learning period, VF exclusion
/// and shutdown accounting, reduced to the QRS detection counts.
/// </summary>
/// <remarks>
/// <para>A test beat and a reference beat are paired when they lie within the match window of each other and
/// each is the other's closest candidate (bxb compares against the next annotation of the other file).</para>
/// <para>Reference annotations between VFON and VFOFF are skipped, and unmatched test beats inside reference VF
/// are not counted. Reference beats inside a test shutdown still count as false negatives (bxb's 'x' column)
/// and are also reported as <see cref="MatchCounts.MissedInShutdown"/>.</para>
/// <para>Comparison starts at <c>start</c> (EC57: 5 minutes) and ends at <c>endTime</c> (the record length).</para>
/// </remarks>
public static class BxbMatcher
{
    /// <summary>Compares two annotation sequences, each sorted by time.</summary>
    /// <param name="reference">Reference events (e.g. from the <c>.atr</c> file).</param>
    /// <param name="test">Test events (the detector's output).</param>
    /// <param name="matchWindow">Match window in samples (EC57: 150 ms).</param>
    /// <param name="start">First sample of the test period (EC57: 5 minutes; 0 scores every beat).</param>
    /// <param name="endTime">Last sample of the test period: the record length, or −1 for "end of the reference file".</param>
    /// <param name="pairing">When given, receives which beats were paired and which were not, as positions in the two lists.</param>
    /// <returns>The QRS detection counts.</returns>
    public static MatchCounts Compare(IReadOnlyList<MatchEvent> reference, IReadOnlyList<MatchEvent> test, long matchWindow, long start, long endTime,
        BxbPairing? pairing = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentOutOfRangeException.ThrowIfNegative(matchWindow);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (endTime >= 0 && endTime < start)
        {
            throw new ArgumentException($"The test period ends ({endTime}) before it starts ({start}).", nameof(endTime));
        }

        BxbAnnotationStream r = new(reference, matchWindow, endTime, isTest: false);
        BxbAnnotationStream t = new(test, matchWindow, endTime, isTest: true);
        Tally tally = new(pairing);
        const long huge = BxbAnnotationStream.HugeTime;

        do
        {
            r.Next();
        }
        while (r.Time < start);

        do
        {
            t.Next();
        }
        while (t.NextTime < start);

        if (r.Time - t.Time < Math.Abs(r.Time - t.NextTime) && r.Time - t.Time <= matchWindow)
        {
            if (r.Label != MatchLabel.None || t.Label != MatchLabel.None)
            {
                tally.Pair(r.Label, t.Label, r.Index, t.Index);
            }

            r.Next();
            t.Next();
        }
        else
        {
            t.Next();
            if (t.Time - start <= matchWindow && Math.Abs(r.Time - t.NextTime) < Math.Abs(r.Time - t.Time))
            {
                t.Next();
            }
        }

        while ((endTime > 0 && (r.Time <= endTime || t.Time <= endTime)) ||
               (endTime == -1 && r.Time != huge) ||
               (endTime == 0 && r.Time != huge && t.Time != huge))
        {
            if (t.Time < r.Time)
            {
                if (r.Time - t.Time <= matchWindow && r.Time - t.Time < Math.Abs(r.Time - t.NextTime))
                {
                    tally.Pair(r.Label, t.Label, r.Index, t.Index);
                    r.Next();
                    t.Next();
                }
                else
                {
                    tally.Pair(r.PseudoLabelForTestBeat(t.Time), t.Label, -1, t.Index);
                    t.Next();
                }
            }
            else if (t.Time - r.Time <= matchWindow && t.Time - r.Time < Math.Abs(t.Time - r.NextTime))
            {
                tally.Pair(r.Label, t.Label, r.Index, t.Index);
                t.Next();
                r.Next();
            }
            else
            {
                tally.Pair(r.Label, t.PseudoLabelForReferenceBeat(r.Time), r.Index, -1);
                r.Next();
            }
        }

        return new MatchCounts(tally.Tp, tally.Fn, tally.Fp, tally.MissedInShutdown, t.ShutdownSamples);
    }

    private sealed class Tally(BxbPairing? pairing)
    {
        public long Tp;
        public long Fn;
        public long Fp;
        public long MissedInShutdown;

        public void Pair(MatchLabel reference, MatchLabel test, int referenceIndex, int testIndex)
        {
            bool refBeat = reference == MatchLabel.Beat;
            bool testBeat = test == MatchLabel.Beat;
            bool refAbsent = reference is MatchLabel.Missing or MatchLabel.Shutdown;
            bool testAbsent = test is MatchLabel.Missing or MatchLabel.Shutdown;
            if (refBeat && testBeat)
            {
                Tp++;
                pairing?.Paired.Add((referenceIndex, testIndex));
            }
            else if (refBeat && testAbsent)
            {
                Fn++;
                pairing?.MissedReference.Add(referenceIndex);
                if (test == MatchLabel.Shutdown)
                {
                    MissedInShutdown++;
                }
            }
            else if (refAbsent && testBeat)
            {
                Fp++;
                pairing?.ExtraTest.Add(testIndex);
            }
        }
    }
}
