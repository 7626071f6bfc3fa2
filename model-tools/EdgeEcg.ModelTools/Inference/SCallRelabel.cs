using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>What every S rule does with the beats it flags: their S calls are reported N, the other labels stay.</summary>
public static class SCallRelabel
{
    /// <summary>Relabels the S calls of flagged beats as N, in place.</summary>
    /// <param name="labels">Predicted class of each beat.</param>
    /// <param name="flags">Each beat's flag (same length).</param>
    /// <param name="flagName">What the flags are, for the error (e.g. "fibrillation flags").</param>
    /// <returns>How many S calls were reported N.</returns>
    public static int ToNormal(AamiClass[] labels, bool[] flags, string flagName)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(flags);
        if (flags.Length != labels.Length)
            throw new ArgumentException($"{labels.Length} labels but {flags.Length} {flagName}");
        int n = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == AamiClass.S && flags[i])
            {
                labels[i] = AamiClass.N;
                n++;
            }
        }
        return n;
    }
}
