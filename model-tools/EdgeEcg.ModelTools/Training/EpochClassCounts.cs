using System;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// The class counts an epoch is expected to show when a rhythm simulation relabels or removes beats, for loss weights
/// that match what the network is trained on rather than the recorded labels.
/// </summary>
/// <remarks>
/// Each epoch shows a record's simulated view with a fixed probability p, so the expectation is exact: the recorded
/// counts, plus p times what the simulation changes. <see cref="ApcAugmentation"/> turns normal beats into early beats
/// labelled S (N − p·E, S + p·E); <see cref="BlockAugmentation"/> removes beats (each removed beat's class − p).
/// </remarks>
public static class EpochClassCounts
{
    /// <summary>Expected beats per class in one epoch, rounded to whole beats.</summary>
    /// <param name="train">Training beats.</param>
    /// <param name="apc">The premature-beat simulation, or null.</param>
    /// <param name="apcProbability">Per-record probability of its view.</param>
    /// <param name="block">The AV block simulation, or null.</param>
    /// <param name="blockProbability">Per-record probability of its view.</param>
    /// <returns>One count per class, in <see cref="Data.AamiClass"/> order.</returns>
    public static int[] Expected(Data.BeatDataset train, ApcAugmentation? apc, double apcProbability, BlockAugmentation? block, double blockProbability)
    {
        ArgumentNullException.ThrowIfNull(train);
        int[] recorded = train.ClassCounts();
        var expected = new double[recorded.Length];
        for (int c = 0; c < recorded.Length; c++)
            expected[c] = recorded[c];
        for (int row = 0; row < train.Count; row++)
        {
            int label = (int)train.Labels[row];
            if (apc is not null && apc.IsEarly(row))
            {
                expected[label] -= apcProbability;
                expected[(int)Data.AamiClass.S] += apcProbability;
            }
            if (block is not null && !block.Kept(row))
                expected[label] -= blockProbability;
        }
        var counts = new int[expected.Length];
        for (int c = 0; c < expected.Length; c++)
            counts[c] = (int)Math.Round(Math.Max(0, expected[c]));
        return counts;
    }
}
