using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// How much each beat's P-wave region looks like the patient's own sinus P wave: the filtered stream from
/// <see cref="RegionStartBeforeR"/> to <see cref="RegionEndBeforeR"/> samples before the R peak (−312 to −72 ms at
/// 250 Hz), linearly detrended, correlated (Pearson, no shift) with a running template of the regions of beats that were
/// not premature.
/// </summary>
/// <remarks>
/// <para>Why: a supraventricular premature beat starts in an ectopic atrial focus, so its P wave has another shape or
/// timing, or is hidden in the previous T wave; a normally conducted beat has the sinus P wave however short its RR
/// looks next to the recent ones (after blocked P waves, or when the sinus rate rises). RR intervals alone cannot tell
/// these apart (model card, DS2 record 231).</para>
/// <para>The template (T ← T + (W − T)/<see cref="TemplateBeats"/>, started at the first region) learns only from beats
/// whose previous RR is at least <see cref="SinusRrFraction"/> of the upper-quartile RR reference of
/// <see cref="RrFeatures"/>. Each beat is compared before the template takes it in, so the measure is causal and the
/// device computes it alike. A beat without a region, and a flat region or template, gets 0 (no evidence of a sinus P
/// wave).</para>
/// </remarks>
public static class SinusPWave
{
    /// <summary>First sample of the P region, counted back from the R peak (312 ms at 250 Hz).</summary>
    public const int RegionStartBeforeR = 78;

    /// <summary>Samples in the P region (240 ms at 250 Hz; it ends <see cref="RegionEndBeforeR"/> samples before R).</summary>
    public const int RegionLength = 60;

    /// <summary>Samples between the end of the P region and the R peak (72 ms at 250 Hz, before the QRS onset).</summary>
    public const int RegionEndBeforeR = RegionStartBeforeR - RegionLength;

    /// <summary>Averaging length of the sinus P template (the weight of a new region is 1 / this).</summary>
    public const int TemplateBeats = 16;

    /// <summary>A beat updates the template when its previous RR is at least this fraction of the upper-quartile RR.</summary>
    public const double SinusRrFraction = 0.9;

    /// <summary>Copies one beat's P region out of a filtered buffer.</summary>
    /// <param name="buffer">Filtered samples.</param>
    /// <param name="rPeak">Index of the beat's R peak in <paramref name="buffer"/>.</param>
    /// <param name="regions">Destination, <see cref="RegionLength"/> samples per beat.</param>
    /// <param name="destination">Index of the beat's first sample in <paramref name="regions"/>.</param>
    /// <returns>False (nothing copied) when the region is not inside <paramref name="buffer"/>.</returns>
    public static bool CopyRegion(short[] buffer, long rPeak, short[] regions, int destination)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(regions);
        long start = rPeak - RegionStartBeforeR;
        if (start < 0 || start + RegionLength > buffer.Length)
            return false;
        Array.Copy(buffer, start, regions, destination, RegionLength);
        return true;
    }

    /// <summary>Correlation of every beat's P region with the sinus template, in stream order.</summary>
    /// <param name="regions">P regions, <see cref="RegionLength"/> samples per beat (see <see cref="CopyRegion"/>).</param>
    /// <param name="hasRegion">Whether each beat has a region.</param>
    /// <param name="rrFeatures">The beats' <see cref="RrFeatures"/> (<see cref="RrFeatures.Count"/> per beat, or more columns per beat: <paramref name="rrStride"/>).</param>
    /// <param name="rrStride">Columns per beat in <paramref name="rrFeatures"/>; its first <see cref="RrFeatures.Count"/> are the RR features.</param>
    /// <returns>One correlation per beat, −1..1.</returns>
    public static float[] Correlations(short[] regions, bool[] hasRegion, float[] rrFeatures, int rrStride)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(hasRegion);
        ArgumentNullException.ThrowIfNull(rrFeatures);
        int n = hasRegion.Length;
        if (rrStride < RrFeatures.Count || (long)n * rrStride != rrFeatures.Length)
            throw new ArgumentException($"{n} beats with {rrStride} feature columns need {(long)n * rrStride} values, got {rrFeatures.Length}", nameof(rrFeatures));
        if ((long)n * RegionLength > regions.Length)
            throw new ArgumentException($"{n} beats need {(long)n * RegionLength} region samples, got {regions.Length}", nameof(regions));
        var c = new float[n];
        double[]? template = null;
        var w = new double[RegionLength];
        for (int b = 0; b < n; b++)
        {
            if (!hasRegion[b])
                continue;
            Detrend(regions, b * RegionLength, w);
            template ??= (double[])w.Clone();
            c[b] = (float)PRegionMath.Correlation(w, template);
            if (rrFeatures[b * rrStride + RrFeatures.PreOverReference] >= (float)SinusRrFraction) // compared as the float feature it is
                for (int k = 0; k < RegionLength; k++)
                    template[k] += (w[k] - template[k]) / TemplateBeats;
        }
        return c;
    }

    /// <summary>Writes the region minus its least-squares line into <paramref name="w"/>.</summary>
    private static void Detrend(short[] regions, int start, double[] w)
    {
        for (int k = 0; k < RegionLength; k++)
            w[k] = regions[start + k];
        PRegionMath.Detrend(w);
    }
}
