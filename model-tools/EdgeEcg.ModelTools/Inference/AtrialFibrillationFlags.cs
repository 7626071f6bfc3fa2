using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Rhythm;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// Which beats of a record lie in atrial fibrillation by the device's RR detector (<see cref="AtrialFibrillationDetector"/>),
/// fed the beats in time order with the classifier's ventricular calls, each beat judged on the window that ends
/// <see cref="Lookahead"/> beats after it (the window is then about centred on the beat), and episodes shorter than
/// <see cref="MinEpisodeBeats"/> beats dropped: a burst of atrial premature beats or a short supraventricular run can
/// make one or two windows look fibrillation-like, fibrillation lasts. A beat's flag is therefore known
/// <see cref="MinEpisodeBeats"/> + <see cref="Lookahead"/> beats after it at most (about 30 s), the delay with which the
/// device's rhythm engine settles an S label.
/// </summary>
/// <remarks>
/// The minimum episode was chosen on DS1 only: on the out-of-fold ensemble of 0.9.1's configuration, gating S calls
/// with episodes of any length lost real S beats in supraventricular runs (records 209, 220; SVEB Se 63.98 → 59.17 %),
/// with 32 beats none of those (63.65 %) while keeping most of the false S calls removed in fibrillation (+P 72.50 →
/// 76.79 %); 64 and 128 beats removed fewer (cv-ds1.md, session 10).
/// </remarks>
public static class AtrialFibrillationFlags
{
    /// <summary>Beats after a beat whose window decides it (half the detector's window).</summary>
    public const int Lookahead = RrWindow.Length / 2;

    /// <summary>Shortest run of flagged beats kept as an episode (two detector windows).</summary>
    public const int MinEpisodeBeats = 2 * RrWindow.Length;

    /// <summary>Longest RR the detector takes; a longer gap (or an unreadable stretch) starts a new window.</summary>
    public const double MaxRrSeconds = 10;

    /// <summary>Flags each beat.</summary>
    /// <param name="samples">Beat times in samples, increasing.</param>
    /// <param name="sampleRateHz">Their rate.</param>
    /// <param name="labels">Predicted class of each beat (V and F calls are ventricular).</param>
    /// <param name="gapBefore">Optional: true where the stream was interrupted before the beat (an unreadable stretch).</param>
    public static bool[] Compute(IReadOnlyList<long> samples, double sampleRateHz, AamiClass[] labels, bool[]? gapBefore = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != samples.Count || (gapBefore is not null && gapBefore.Length != samples.Count))
            throw new ArgumentException($"{samples.Count} beats but {labels.Length} labels{(gapBefore is null ? "" : $" and {gapBefore.Length} gap flags")}");
        if (!(sampleRateHz > 0))
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "the sample rate must be positive");
        int n = samples.Count;
        var state = new bool[n];
        var detector = new AtrialFibrillationDetector();
        for (int i = 0; i < n; i++)
        {
            double seconds = i == 0 ? 0 : (samples[i] - samples[i - 1]) / sampleRateHz;
            if (i > 0 && seconds <= 0)
                throw new ArgumentException($"beat times must increase: beat {i} at {samples[i]} follows {samples[i - 1]}", nameof(samples));
            bool gap = i == 0 || seconds > MaxRrSeconds || (gapBefore?[i] ?? false);
            int rrMs = gap ? 0 : Math.Max(1, (int)Math.Round(seconds * 1000));
            state[i] = detector.Add(rrMs, labels[i] is AamiClass.V or AamiClass.F);
        }
        var flags = new bool[n];
        for (int i = 0; i < n; i++)
            flags[i] = state[Math.Min(n - 1, i + Lookahead)];
        DropShortEpisodes(flags);
        return flags;
    }

    /// <summary>
    /// Flags the rows of a dataset (every record's rows in time order, one copy of each record) with each record's beats
    /// taken at <paramref name="samples"/>; rows marked <paramref name="absent"/> are no beat (a simulation removed them)
    /// and are not flagged.
    /// </summary>
    /// <param name="rows">The beats.</param>
    /// <param name="labels">Predicted class of each row.</param>
    /// <param name="samples">Time of each row in samples of its record (the recorded <see cref="BeatDataset.Samples"/> or a simulation's), at the record's rate.</param>
    /// <param name="absent">Optional: rows that are no beat.</param>
    public static bool[] ForRows(BeatDataset rows, AamiClass[] labels, IReadOnlyList<long> samples, bool[]? absent = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(samples);
        if (labels.Length != rows.Count || samples.Count != rows.Count || (absent is not null && absent.Length != rows.Count))
            throw new ArgumentException($"{rows.Count} rows but {labels.Length} labels, {samples.Count} times{(absent is null ? "" : $" and {absent.Length} absence marks")}");
        return Training.RecordTimeline.FlagsByRecord(rows, samples, absent, "the atrial fibrillation flags",
            (present, t, rate) => Compute(t, rate, Array.ConvertAll(present, r => labels[r])));
    }

    /// <summary>The runs of true flags, as [Start, End) beat indexes in order.</summary>
    /// <param name="flags">Per-beat flags.</param>
    public static List<(int Start, int End)> Runs(bool[] flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var runs = new List<(int Start, int End)>();
        int i = 0;
        while (i < flags.Length)
        {
            if (!flags[i])
            {
                i++;
                continue;
            }
            int end = i;
            while (end < flags.Length && flags[end])
                end++;
            runs.Add((i, end));
            i = end;
        }
        return runs;
    }

    /// <summary>Clears runs of flags shorter than <see cref="MinEpisodeBeats"/>, in place.</summary>
    private static void DropShortEpisodes(bool[] flags)
    {
        foreach (var (start, end) in Runs(flags))
            if (end - start < MinEpisodeBeats)
                Array.Clear(flags, start, end - start);
    }
}
