using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Shared pieces of the rhythm simulations (<see cref="BlockAugmentation"/>, <see cref="ApcAugmentation"/>).</summary>
internal static class RecordTimeline
{
    /// <summary>
    /// The rows of each record with more than two beats, in time order.
    /// </summary>
    /// <param name="data">The beats.</param>
    /// <param name="simulation">What needs the timeline, for the error message (e.g. "the AV block simulation").</param>
    /// <exception cref="ArgumentException">A record's beats repeat a time (a dataset with noise copies holds each record more than once).</exception>
    public static IEnumerable<int[]> Rows(BeatDataset data, string simulation)
    {
        var byRecord = new Dictionary<int, List<int>>();
        for (int row = 0; row < data.Count; row++)
        {
            if (!byRecord.TryGetValue(data.RecordIndex[row], out List<int>? list))
                byRecord[data.RecordIndex[row]] = list = new List<int>();
            list.Add(row);
        }
        foreach (List<int> list in byRecord.Values)
        {
            list.Sort((a, b) => data.Samples[a].CompareTo(data.Samples[b]));
            int[] rows = list.ToArray();
            for (int k = 1; k < rows.Length; k++)
                if (data.Samples[rows[k]] <= data.Samples[rows[k - 1]])
                    throw new ArgumentException($"record {data.Records[data.RecordIndex[rows[k]]]}: beats are not in time order (sample {data.Samples[rows[k]]} after {data.Samples[rows[k - 1]]}); "
                        + $"{simulation} needs one copy of each record (a dataset with --noise-copies repeats it)");
            if (rows.Length > 2)
                yield return rows;
        }
    }

    /// <summary>
    /// Per-row flags computed record by record on the beats a view has: <paramref name="flag"/> gets each record's present
    /// rows (time order), their times in <paramref name="samples"/> and the record's sampling rate, and returns one flag per present row. Rows marked
    /// <paramref name="absent"/> (no beat in this view) are not flagged.
    /// </summary>
    /// <param name="rows">The beats.</param>
    /// <param name="samples">Each row's beat time in this view.</param>
    /// <param name="absent">Rows that are no beat in this view, or null.</param>
    /// <param name="user">What needs the flags, for the error message.</param>
    /// <param name="flag">The per-record rule.</param>
    public static bool[] FlagsByRecord(BeatDataset rows, IReadOnlyList<long> samples, bool[]? absent, string user, Func<int[], long[], double, bool[]> flag)
    {
        var flags = new bool[rows.Count];
        foreach (int[] record in Rows(rows, user))
        {
            int[] present = absent is null ? record : Array.FindAll(record, r => !absent[r]);
            var t = new long[present.Length];
            for (int k = 0; k < present.Length; k++)
                t[k] = samples[present[k]];
            bool[] f = flag(present, t, rows.RateOf(record[0]));
            for (int k = 0; k < present.Length; k++)
                flags[present[k]] = f[k];
        }
        return flags;
    }

    /// <summary>
    /// The RR features one epoch sees: each record independently, with probability <paramref name="probability"/>, gets
    /// its simulated RR features (the first <see cref="RrFeatures.Count"/> columns of <paramref name="simulatedRr"/>);
    /// the other columns and records keep <paramref name="data"/>'s.
    /// </summary>
    /// <param name="data">The dataset the simulation was made from.</param>
    /// <param name="simulatedRr">Its features with the simulated RR columns, same layout.</param>
    /// <param name="probability">Per-record probability of the simulated view.</param>
    /// <param name="rng">Random source of the epoch.</param>
    /// <param name="simulated">Whether each record got the simulated view.</param>
    public static float[] EpochFeatures(BeatDataset data, float[] simulatedRr, double probability, Random rng, out bool[] simulated)
    {
        simulated = new bool[data.Records.Length];
        for (int r = 0; r < simulated.Length; r++)
            simulated[r] = rng.NextDouble() < probability;
        var features = (float[])data.RrFeatures.Clone();
        int f = data.RrFeatureCount;
        for (int row = 0; row < data.Count; row++)
            if (simulated[data.RecordIndex[row]])
                Array.Copy(simulatedRr, row * f, features, row * f, RrFeatures.Count);
        return features;
    }

    /// <summary>A uniform draw from a range.</summary>
    /// <param name="rng">Random source.</param>
    /// <param name="range">The range.</param>
    public static double Uniform(Random rng, (double Min, double Max) range) => range.Min + (rng.NextDouble() * (range.Max - range.Min));
}
