using System;
using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Rhythm;

/// <summary>Atrial fibrillation episodes as sample intervals [Start, End): from reference rhythm annotations or from per-beat flags.</summary>
public static class AfEpisodes
{
    /// <summary>Rhythm annotation text that opens an atrial fibrillation episode.</summary>
    public const string ReferenceRhythm = "(AFIB";

    /// <summary>
    /// The reference episodes: from each rhythm annotation <see cref="ReferenceRhythm"/> to the next rhythm annotation (or
    /// the record's end). Atrial flutter (<c>(AFL</c>) is another rhythm.
    /// </summary>
    /// <param name="annotations">The record's reference annotations.</param>
    /// <param name="recordLength">Samples in the record.</param>
    public static List<(long Start, long End)> FromReference(IReadOnlyList<Annotation> annotations, long recordLength)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var episodes = new List<(long Start, long End)>();
        long? open = null;
        foreach (Annotation a in annotations)
        {
            if (a.Code != AnnotationCode.Rhythm || a.Aux is not string aux)
                continue;
            bool af = aux.TrimEnd('\0') == ReferenceRhythm;
            if (open is long s && !af)
            {
                episodes.Add((s, a.Sample));
                open = null;
            }
            else if (open is null && af)
            {
                open = a.Sample;
            }
        }
        if (open is long last)
            episodes.Add((last, recordLength));
        return episodes;
    }

    /// <summary>
    /// The detected episodes: each run of flagged beats, from its first beat to the beat after its last (or the last
    /// beat's sample + 1 at the record's end).
    /// </summary>
    /// <param name="beatSamples">Beat times, increasing.</param>
    /// <param name="flags">Whether each beat is in fibrillation.</param>
    public static List<(long Start, long End)> FromFlags(IReadOnlyList<long> beatSamples, bool[] flags)
    {
        ArgumentNullException.ThrowIfNull(beatSamples);
        ArgumentNullException.ThrowIfNull(flags);
        if (flags.Length != beatSamples.Count)
            throw new ArgumentException($"{beatSamples.Count} beats but {flags.Length} flags");
        var episodes = new List<(long Start, long End)>();
        foreach (var (start, end) in AtrialFibrillationFlags.Runs(flags))
            episodes.Add((beatSamples[start], end < flags.Length ? beatSamples[end] : beatSamples[end - 1] + 1));
        return episodes;
    }

    /// <summary>The intervals cut to start at <paramref name="start"/> at the earliest (those ending before it are dropped).</summary>
    /// <param name="episodes">Intervals.</param>
    /// <param name="start">First sample kept (e.g. the end of EC57's 5-minute learning period).</param>
    public static List<(long Start, long End)> From(IEnumerable<(long Start, long End)> episodes, long start)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var kept = new List<(long Start, long End)>();
        foreach (var (s, e) in episodes)
            if (e > start)
                kept.Add((Math.Max(s, start), e));
        return kept;
    }

    /// <summary>Total length of the intervals.</summary>
    /// <param name="episodes">Non-overlapping intervals.</param>
    public static long Length(IEnumerable<(long Start, long End)> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        long n = 0;
        foreach (var (s, e) in episodes)
            n += e - s;
        return n;
    }

    /// <summary>Samples two sets of non-overlapping intervals share.</summary>
    /// <param name="a">One set.</param>
    /// <param name="b">The other.</param>
    public static long Overlap(IReadOnlyList<(long Start, long End)> a, IReadOnlyList<(long Start, long End)> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        long n = 0;
        foreach (var x in a)
            foreach (var y in b)
                n += Shared(x, y);
        return n;
    }

    /// <summary>How many intervals of <paramref name="a"/> share at least one sample with <paramref name="b"/>.</summary>
    /// <param name="a">The intervals counted.</param>
    /// <param name="b">The intervals they are checked against.</param>
    public static int Overlapping(IReadOnlyList<(long Start, long End)> a, IReadOnlyList<(long Start, long End)> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int n = 0;
        foreach (var x in a)
            if (b.Any(y => Shared(x, y) > 0))
                n++;
        return n;
    }

    /// <summary>Samples two intervals share.</summary>
    private static long Shared((long Start, long End) x, (long Start, long End) y) => Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
}
