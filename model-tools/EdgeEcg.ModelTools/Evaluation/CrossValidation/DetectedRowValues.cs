using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>Per-beat values the device chain computed (P-wave measures), looked up for the rows of a dataset of detected beats.</summary>
internal static class DetectedRowValues
{
    /// <summary>Each row's value, found by its record and source sample among the chain's beats.</summary>
    /// <param name="rows">Rows of a dataset of detected beats.</param>
    /// <param name="detected">The chain's beats of every record.</param>
    /// <param name="values">The per-beat values to look up.</param>
    /// <param name="rule">The rule that needs them, for the error.</param>
    /// <exception cref="ArgumentException">A record has no detected beats, or a row is not one of them.</exception>
    public static float[] Of(BeatDataset rows, IReadOnlyDictionary<string, DetectedBeats> detected, Func<DetectedBeats, float[]> values, string rule)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(values);
        var byRecord = new Dictionary<string, Dictionary<long, int>>();
        var v = new float[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            string record = rows.Records[rows.RecordIndex[i]];
            if (!detected.TryGetValue(record, out DetectedBeats? beats))
                throw new ArgumentException($"no detected beats for record {record}", nameof(detected));
            if (!byRecord.TryGetValue(record, out Dictionary<long, int>? index))
            {
                index = new Dictionary<long, int>();
                for (int j = 0; j < beats.SourceSamples.Count; j++)
                    index[beats.SourceSamples[j]] = j;
                byRecord[record] = index;
            }
            if (!index.TryGetValue(rows.Samples[i], out int k))
                throw new ArgumentException($"record {record} sample {rows.Samples[i]} is not a detected beat: the {rule} in a stress test needs a dataset of detected beats (--beats detected)");
            v[i] = values(beats)[k];
        }
        return v;
    }
}
