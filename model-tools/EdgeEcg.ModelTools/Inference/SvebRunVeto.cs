using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// S veto for regular runs at a normal rate: an S call is reported N when the beat's previous RR is within
/// <see cref="Tolerance"/> of both the RR before it and the RR after it, and at least <see cref="MinRrSeconds"/> long
/// (below 100 beats/min).
/// </summary>
/// <remarks>
/// <para>Why: after an episode of 2:1 AV block the conducted sinus beats form a regular run whose RRs are half the
/// blocked ones, so against the RR references they look like a supraventricular run (DS2 record 231's false S).
/// Supraventricular tachycardia is by definition faster than 100 beats/min, and an isolated premature beat is followed
/// by a longer interval; neither is touched. A network input carrying the rate learnt the training patients' rates
/// instead (cv-ds1.md, session 11, row R); as a rule the rate threshold is the clinical one, not learnt.</para>
/// <para>Chosen on DS1 (cv-ds1.md, session 11); a model ships it in its ONNX metadata
/// (<see cref="OnnxBeatClassifier.RunVetoMetadataKey"/> = <see cref="Name"/>).</para>
/// </remarks>
public static class SvebRunVeto
{
    /// <summary>Name and version of the rule, recorded in reports.</summary>
    public const string Name = "run10-rr600-v1";

    /// <summary>Largest relative difference of the previous RR from the RR before it and from the next RR.</summary>
    public const double Tolerance = 0.1;

    /// <summary>Shortest previous RR (seconds) of a vetoed beat: 0.6 s is 100 beats/min.</summary>
    public const double MinRrSeconds = 0.6;

    /// <summary>Accepts the rule's name as a model's metadata records it.</summary>
    /// <param name="text">The recorded name.</param>
    /// <exception cref="ArgumentException">Another name or version than this build's.</exception>
    public static bool Parse(string text) => NamedRule.Parse(text, Name, "run veto");

    /// <summary>Which beats of one record sit in a regular run at a normal rate.</summary>
    /// <param name="samples">Beat times in stream order (increasing).</param>
    /// <param name="sampleRateHz">Rate of <paramref name="samples"/>.</param>
    /// <returns>One flag per beat; the first two and the last beat have too few intervals and are never flagged.</returns>
    public static bool[] Flags(IReadOnlyList<long> samples, double sampleRateHz)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRateHz);
        var flags = new bool[samples.Count];
        for (int i = 2; i + 1 < samples.Count; i++)
        {
            double before = samples[i - 1] - samples[i - 2], pre = samples[i] - samples[i - 1], post = samples[i + 1] - samples[i];
            if (before <= 0 || pre <= 0 || post <= 0)
                throw new ArgumentException($"beat times must increase (beat {i})", nameof(samples));
            flags[i] = Math.Abs((pre / before) - 1) <= Tolerance && Math.Abs((pre / post) - 1) <= Tolerance && pre / sampleRateHz >= MinRrSeconds;
        }
        return flags;
    }

    /// <summary>The flags of dataset rows (several records, each in time order), at <paramref name="samples"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="samples">Each row's beat time, in samples of its record (at <see cref="BeatDataset.RecordRatesHz"/>).</param>
    /// <param name="absent">Rows that are no beat in this view (never flagged, not counted as intervals), or null.</param>
    public static bool[] ForRows(BeatDataset rows, IReadOnlyList<long> samples, bool[]? absent = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count != rows.Count || (absent is not null && absent.Length != rows.Count))
            throw new ArgumentException($"{rows.Count} rows but {samples.Count} times{(absent is null ? "" : $" and {absent.Length} absence marks")}");
        return Training.RecordTimeline.FlagsByRecord(rows, samples, absent, "the run veto", (_, t, rate) => Flags(t, rate));
    }

    /// <summary>Reports the S calls of flagged beats as N.</summary>
    /// <param name="labels">Labels, changed in place.</param>
    /// <param name="flags">Per-beat flags (<see cref="Flags"/>).</param>
    /// <returns>The number of S calls reported N.</returns>
    public static int Apply(AamiClass[] labels, bool[] flags) => SCallRelabel.ToNormal(labels, flags, "flags");
}
