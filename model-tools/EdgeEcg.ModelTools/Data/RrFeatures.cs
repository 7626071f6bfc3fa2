using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// RR-interval features of each beat from beat times, computed the way the device can (causal, except that the
/// next RR needs the following beat): previous RR, next RR, local mean (last 10 RRs), long-term mean (last 300 RRs,
/// about 5 minutes), and the ratios previous/local, next/local and previous/long-term. Intervals are in seconds.
/// </summary>
public static class RrFeatures
{
    /// <summary>Features per beat.</summary>
    public const int Count = 7;

    /// <summary>Version of the feature definition; part of the dataset settings hash.</summary>
    public const int Version = 1;

    /// <summary>RRs in the local mean.</summary>
    public const int LocalBeats = 10;

    /// <summary>RRs in the long-term mean.</summary>
    public const int LongBeats = 300;

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
        const double fallback = 0.8; // a single beat has no RR: assume 75 bpm
        for (int i = 0; i < n; i++)
        {
            // rr[i-1] is the interval before beat i, rr[i] the one after it.
            double pre = i > 0 ? rr[i - 1] : (rr.Length > 0 ? rr[0] : fallback);
            double post = i < rr.Length ? rr[i] : pre;
            double local = MeanBefore(rr, i, LocalBeats, pre);
            double longMean = MeanBefore(rr, i, LongBeats, pre);
            int o = i * Count;
            f[o] = (float)pre;
            f[o + 1] = (float)post;
            f[o + 2] = (float)local;
            f[o + 3] = (float)longMean;
            f[o + 4] = (float)(pre / local);
            f[o + 5] = (float)(post / local);
            f[o + 6] = (float)(pre / longMean);
        }
        return f;
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
