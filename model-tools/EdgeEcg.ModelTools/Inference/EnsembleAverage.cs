using System;
using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// Combines the outputs of ensemble members the way the exported ensemble graph does: the mean of the members' class
/// probabilities, returned as log-probabilities (each member's output is already log-probabilities). Member
/// log-probabilities below <see cref="Export.BeatNetOnnxExporter.EnsembleLogFloor"/> are raised to it first, as in the graph.
/// </summary>
public static class EnsembleAverage
{
    /// <summary>log(mean over members of exp(member log-probability)) for every beat and class.</summary>
    /// <param name="memberLogProbabilities">One [beats × classes] array per member, all the same length.</param>
    /// <returns>[beats × classes] log-probabilities of the ensemble.</returns>
    /// <exception cref="ArgumentException">No member, or members of different lengths.</exception>
    public static float[] LogMeanProbability(IReadOnlyList<float[]> memberLogProbabilities)
    {
        ArgumentNullException.ThrowIfNull(memberLogProbabilities);
        if (memberLogProbabilities.Count == 0)
            throw new ArgumentException("an ensemble needs at least one member", nameof(memberLogProbabilities));
        int n = memberLogProbabilities[0].Length;
        var sum = new double[n];
        for (int m = 0; m < memberLogProbabilities.Count; m++)
        {
            float[] member = memberLogProbabilities[m];
            if (member.Length != n)
                throw new ArgumentException($"ensemble member {m} gives {member.Length} values, member 0 gives {n}", nameof(memberLogProbabilities));
            for (int i = 0; i < n; i++)
                sum[i] += Math.Exp(Math.Max(member[i], Export.BeatNetOnnxExporter.EnsembleLogFloor));
        }
        var result = new float[n];
        for (int i = 0; i < n; i++)
            result[i] = (float)Math.Log(sum[i] / memberLogProbabilities.Count);
        return result;
    }
}
