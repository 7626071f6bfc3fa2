using System;
using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>
/// Pairs reference and detected beats to label the detected beats of a training dataset with their reference class
/// (<see cref="DetectedBeatExtractor"/>), bxb-style: a pair lies within the match window and neither beat has a closer
/// candidate among the neighbouring beats of the other list. EC57 scoring (<see cref="BeatEvaluation"/>) takes its
/// pairs from <see cref="Matching.BxbMatcher"/> itself, with bxb's learning period and ventricular-flutter exclusion.
/// </summary>
public static class BeatPairing
{
    /// <summary>EC57's match window, seconds.</summary>
    public const double WindowSeconds = 0.150;

    /// <summary>EC57's match window in samples at <paramref name="sampleRateHz"/>.</summary>
    /// <param name="sampleRateHz">Rate of the beat times.</param>
    public static long WindowSamples(double sampleRateHz) => (long)Math.Round(WindowSeconds * sampleRateHz);

    /// <summary>Pairs two time-sorted beat lists.</summary>
    /// <param name="reference">Reference beat times.</param>
    /// <param name="detected">Detected beat times.</param>
    /// <param name="window">Match window in samples (EC57: 150 ms).</param>
    /// <returns>For each reference beat the index of its detected partner, or −1; and for each detected beat whether it was paired.</returns>
    public static (int[] PartnerOfReference, bool[] DetectedPaired) Pair(IReadOnlyList<long> reference, IReadOnlyList<long> detected, long window)
    {
        var partner = new int[reference.Count];
        Array.Fill(partner, -1);
        var paired = new bool[detected.Count];
        int i = 0;
        int j = 0;
        while (i < reference.Count && j < detected.Count)
        {
            long d = detected[j] - reference[i];
            if (Math.Abs(d) <= window)
            {
                if (j + 1 < detected.Count && Math.Abs(detected[j + 1] - reference[i]) < Math.Abs(d))
                {
                    j++;
                    continue;
                }
                if (i + 1 < reference.Count && Math.Abs(detected[j] - reference[i + 1]) < Math.Abs(d))
                {
                    i++;
                    continue;
                }
                partner[i] = j;
                paired[j] = true;
                i++;
                j++;
            }
            else if (d < 0)
            {
                j++;
            }
            else
            {
                i++;
            }
        }
        return (partner, paired);
    }
}
