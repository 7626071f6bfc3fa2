using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Patient-relative RR-interval features of each beat from beat times, computed the way the device can (causal,
/// except that the next RR needs the following beat). Every feature is a ratio of intervals of the same patient,
/// so none of them carries the patient's absolute heart rate (v1 also had four intervals in seconds, which let the
/// network learn each training patient's rate instead of prematurity): previous/local, next/local, previous/long,
/// next/long, local/long and previous/next, with local = mean of the last 10 RRs and long = mean of the last 300
/// RRs (about 5 minutes), both ending with the previous RR. v3 adds what a mean misses when ectopic beats are
/// frequent or the rhythm is irregular: previous/reference and next/reference with reference = the upper quartile of
/// the last 300 RRs (premature beats shorten a mean but rarely reach the upper quartile; the sinus RR does), the
/// previous RR over the one before it, and the irregularity of the last 32 RRs (median |successive difference| over
/// their median, high in atrial fibrillation, where a short RR is not a premature beat). v4 adds the sample entropy
/// of the same 32 RRs (m = 1, tolerance 10 % of their median): irregularity alone is also high in atrial or
/// ventricular bigeminy and trigeminy, whose RRs alternate between a few values and so are predictable (entropy near
/// 0), while in atrial fibrillation the next RR is not (entropy about 1 or more).
/// </summary>
public static class RrFeatures
{
    /// <summary>Features per beat.</summary>
    public const int Count = 11;

    /// <summary>Version of the feature definition; part of the dataset settings hash.</summary>
    public const int Version = 4;

    /// <summary>Name of each feature, in column order (recorded in model metadata).</summary>
    public static readonly string[] Names =
    {
        "pre/local", "post/local", "pre/long", "post/long", "local/long", "pre/post", "pre/upper-quartile",
        "post/upper-quartile", "pre/pre-before RR", "RR irregularity", "RR sample entropy",
    };

    /// <summary>Column of "pre/upper-quartile": the previous RR over the sinus reference.</summary>
    public const int PreOverReference = 6;

    /// <summary>RRs in the local mean.</summary>
    public const int LocalBeats = 10;

    /// <summary>RRs in the long-term mean.</summary>
    public const int LongBeats = 300;

    /// <summary>Quantile of the last <see cref="LongBeats"/> RRs used as the sinus reference (upper quartile).</summary>
    public const double ReferenceQuantile = 0.75;

    /// <summary>RRs in the irregularity and entropy measures.</summary>
    public const int IrregularityBeats = 32;

    /// <summary>Tolerance of the sample entropy, as a fraction of the median RR.</summary>
    public const double EntropyTolerance = 0.1;

    /// <summary>Sample entropy given when no pair of RR pairs matches (the estimate is then unbounded).</summary>
    public const double MaxEntropy = 3.0;

    /// <summary>Computes the features of every beat.</summary>
    /// <param name="beatTimes">Beat times in samples, strictly increasing.</param>
    /// <param name="sampleRateHz">Rate of <paramref name="beatTimes"/>.</param>
    /// <returns>[beats × <see cref="Count"/>] row-major.</returns>
    public static float[] Compute(long[] beatTimes, double sampleRateHz)
    {
        ArgumentNullException.ThrowIfNull(beatTimes);
        int n = beatTimes.Length;
        var f = new float[n * Count];
        if (n == 0)
            return f;
        var rr = new double[Math.Max(0, n - 1)];
        for (int i = 1; i < n; i++)
        {
            if (beatTimes[i] <= beatTimes[i - 1])
                throw new ArgumentException($"beat times must increase: beat {i} at {beatTimes[i]} follows {beatTimes[i - 1]}", nameof(beatTimes));
            rr[i - 1] = (beatTimes[i] - beatTimes[i - 1]) / sampleRateHz;
        }
        const double fallback = 0.8; // a single beat has no RR: assume 75 bpm (all ratios are then 1)
        var window = new double[Math.Max(LongBeats, IrregularityBeats)];
        var diffs = new double[IrregularityBeats];
        for (int i = 0; i < n; i++)
        {
            // rr[i-1] is the interval before beat i, rr[i] the one after it.
            double pre = i > 0 ? rr[i - 1] : (rr.Length > 0 ? rr[0] : fallback);
            double post = i < rr.Length ? rr[i] : pre;
            double local = MeanBefore(rr, i, LocalBeats, pre);
            double longMean = MeanBefore(rr, i, LongBeats, pre);
            int o = i * Count;
            f[o] = (float)(pre / local);
            f[o + 1] = (float)(post / local);
            f[o + 2] = (float)(pre / longMean);
            f[o + 3] = (float)(post / longMean);
            f[o + 4] = (float)(local / longMean);
            f[o + 5] = (float)(pre / post);
            double reference = QuantileBefore(rr, i, LongBeats, ReferenceQuantile, pre, window);
            f[o + PreOverReference] = (float)(pre / reference);
            f[o + 7] = (float)(post / reference);
            f[o + 8] = (float)(i > 1 ? pre / rr[i - 2] : 1.0);
            double shortMedian = MedianBefore(rr, i, IrregularityBeats, window);
            f[o + 9] = (float)Irregularity(rr, i, shortMedian, diffs);
            f[o + 10] = (float)SampleEntropy(rr, i, shortMedian);
        }
        return f;
    }

    /// <summary>
    /// The <paramref name="quantile"/> (nearest rank from below) of up to <paramref name="count"/> RRs ending with the
    /// previous RR of beat i.
    /// </summary>
    private static double QuantileBefore(double[] rr, int beat, int count, double quantile, double fallback, double[] scratch)
    {
        int end = beat - 1;
        if (end < 0)
            return fallback;
        int start = Math.Max(0, end - count + 1);
        int m = end - start + 1;
        Array.Copy(rr, start, scratch, 0, m);
        Array.Sort(scratch, 0, m);
        return scratch[Math.Min(m - 1, (int)(quantile * m))];
    }

    /// <summary>
    /// Median (upper middle element) of up to <paramref name="count"/> RRs ending with the previous RR of beat i; 0 when
    /// no RR precedes it.
    /// </summary>
    private static double MedianBefore(double[] rr, int beat, int count, double[] scratch)
    {
        int end = beat - 1;
        if (end < 0)
            return 0;
        int start = Math.Max(0, end - count + 1);
        int m = end - start + 1;
        Array.Copy(rr, start, scratch, 0, m);
        Array.Sort(scratch, 0, m);
        return scratch[m / 2];
    }

    /// <summary>
    /// Median |successive difference| of up to <see cref="IrregularityBeats"/> RRs ending with the previous RR of beat
    /// i, over their <paramref name="median"/>; 0 when fewer than two RRs precede it.
    /// </summary>
    private static double Irregularity(double[] rr, int beat, double median, double[] diffs)
    {
        int end = beat - 1;
        int start = Math.Max(0, end - IrregularityBeats + 1);
        int m = end - start + 1;
        if (m < 2)
            return 0;
        for (int k = start + 1; k <= end; k++)
            diffs[k - start - 1] = Math.Abs(rr[k] - rr[k - 1]);
        Array.Sort(diffs, 0, m - 1);
        return diffs[(m - 1) / 2] / median;
    }

    /// <summary>
    /// Sample entropy (m = 1) of up to <see cref="IrregularityBeats"/> RRs ending with the previous RR of beat i: −ln of
    /// the share of RR pairs within <see cref="EntropyTolerance"/> × their <paramref name="median"/> whose following RRs
    /// also match; 0 with
    /// fewer than 4 RRs or no matching pair, <see cref="MaxEntropy"/> when pairs match but none of their successors do.
    /// </summary>
    private static double SampleEntropy(double[] rr, int beat, double median)
    {
        int end = beat - 1;
        int start = Math.Max(0, end - IrregularityBeats + 1);
        int m = end - start + 1;
        if (m < 4)
            return 0;
        double r = EntropyTolerance * median;
        int b = 0, a = 0;
        // Templates i, j < m - 1 so both have a successor (the usual N - m template count).
        for (int i = start; i < end; i++)
        {
            for (int j = i + 1; j < end; j++)
            {
                if (Math.Abs(rr[i] - rr[j]) > r)
                    continue;
                b++;
                if (Math.Abs(rr[i + 1] - rr[j + 1]) <= r)
                    a++;
            }
        }
        if (b == 0)
            return 0;
        return a == 0 ? MaxEntropy : Math.Min(MaxEntropy, -Math.Log((double)a / b));
    }

    /// <summary>Mean of up to <paramref name="count"/> RRs ending with the one before beat i (the previous RR).</summary>
    private static double MeanBefore(double[] rr, int beat, int count, double fallback)
    {
        int end = beat - 1; // index of the previous RR
        if (end < 0)
            return fallback;
        int start = Math.Max(0, end - count + 1);
        double sum = 0;
        for (int k = start; k <= end; k++)
            sum += rr[k];
        return sum / (end - start + 1);
    }
}
