using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// How organised the atrial activity before each beat is, without a template: the P region of <see cref="SinusPWave"/>
/// (312 to 72 ms before R), smoothed over <see cref="SmoothingTaps"/> samples and linearly detrended, is correlated with
/// the regions of the <see cref="Lookback"/> beats before it (the best of them counts), and the measure is the median of
/// the last <see cref="MedianBeats"/> such correlations.
/// </summary>
/// <remarks>
/// <para>Why: in atrial fibrillation there is no P wave, only fibrillatory waves that are not locked to the QRS, so the
/// regions of successive beats do not correlate; in sinus rhythm, and in runs of atrial premature beats from one focus,
/// each beat's P wave repeats. RR intervals alone cannot tell frequent premature beats with pauses from fibrillation
/// (cv-ds1.md, sessions 9–10). The best of two earlier beats keeps a sinus/ectopic alternation (bigeminy) organised: each
/// P wave matches the one two beats back.</para>
/// <para>On DS1's detected beats (session 12 probe) the median is 0.49 / 0.39 for N beats inside the reference's
/// <c>(AFIB</c> episodes of 201 / 203 and 0.92 for S beats outside them; below 0.5 lie 54 % and 73 % of those
/// fibrillation beats and 3.5 % of the S beats.</para>
/// <para>Causal: each beat sees only its own and earlier regions, so the device computes it alike. A beat without a region
/// restarts the history; a beat with fewer than <see cref="MinimumBeats"/> correlations gets <see cref="float.NaN"/>
/// (unknown).</para>
/// </remarks>
public static class AtrialOrganisation
{
    /// <summary>Width of the moving average applied to each region, samples (20 ms at 250 Hz).</summary>
    public const int SmoothingTaps = 5;

    /// <summary>Earlier beats each region is compared with; the best correlation counts.</summary>
    public const int Lookback = 2;

    /// <summary>Correlations the median is taken over.</summary>
    public const int MedianBeats = 16;

    /// <summary>Correlations needed before the measure is known.</summary>
    public const int MinimumBeats = 8;

    /// <summary>Each beat's organisation (median best correlation, −1..1), or NaN while unknown, in stream order.</summary>
    /// <param name="regions">P regions, <see cref="SinusPWave.RegionLength"/> samples per beat (<see cref="SinusPWave.CopyRegion"/>).</param>
    /// <param name="hasRegion">Whether each beat has a region.</param>
    /// <exception cref="ArgumentException"><paramref name="regions"/> is shorter than the beats need.</exception>
    public static float[] Compute(short[] regions, bool[] hasRegion)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(hasRegion);
        int n = hasRegion.Length, length = SinusPWave.RegionLength;
        if ((long)n * length > regions.Length)
            throw new ArgumentException($"{n} beats need {(long)n * length} region samples, got {regions.Length}", nameof(regions));
        var result = new float[n];
        var earlier = new double[Lookback][];
        int earlierCount = 0, next = 0;
        var history = new double[MedianBeats];
        int historyCount = 0, historyNext = 0;
        var sorted = new double[MedianBeats];
        for (int b = 0; b < n; b++)
        {
            result[b] = float.NaN;
            if (!hasRegion[b])
            {
                earlierCount = historyCount = 0;
                continue;
            }
            double[] w = Prepare(regions, b * length, length);
            if (earlierCount > 0)
            {
                double best = double.NegativeInfinity;
                for (int j = 0; j < earlierCount; j++)
                    best = Math.Max(best, PRegionMath.Correlation(w, earlier[j]));
                history[historyNext] = best;
                historyNext = (historyNext + 1) % MedianBeats;
                historyCount = Math.Min(historyCount + 1, MedianBeats);
            }
            if (historyCount >= MinimumBeats)
                result[b] = (float)Median(history, historyCount, sorted);
            earlier[next] = w;
            next = (next + 1) % Lookback;
            earlierCount = Math.Min(earlierCount + 1, Lookback);
        }
        return result;
    }

    /// <summary>The region smoothed by a centred moving average (shorter at the ends) minus its least-squares line.</summary>
    private static double[] Prepare(short[] regions, int start, int length)
    {
        var s = new double[length];
        int half = SmoothingTaps / 2;
        for (int k = 0; k < length; k++)
        {
            double sum = 0;
            int count = 0;
            for (int j = Math.Max(0, k - half); j <= Math.Min(length - 1, k + half); j++)
            {
                sum += regions[start + j];
                count++;
            }
            s[k] = sum / count;
        }
        PRegionMath.Detrend(s);
        return s;
    }

    private static double Median(double[] values, int count, double[] scratch)
    {
        Array.Copy(values, scratch, count);
        Array.Sort(scratch, 0, count);
        return count % 2 == 1 ? scratch[count / 2] : (scratch[count / 2 - 1] + scratch[count / 2]) / 2;
    }
}
