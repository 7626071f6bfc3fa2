using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Rhythm augmentation for training: the same patients' beats as they would be under intermittent second-degree AV
/// block. In simulated block episodes every other normally conducted beat is removed (2:1 conduction halves the
/// ventricular rate); between episodes conduction is 1:1, and with <c>sporadicDropProbability</c> single normal beats
/// are removed now and then (a non-conducted P wave or a sinus pause). The RR features (<see cref="RrFeatures"/>) of the remaining beats are recomputed from their times;
/// images and template features are kept. The conducted beats keep their label N, so the network sees that a normal RR
/// after a stretch of doubled RRs is not premature, which DS1 never shows it (no DS1 patient has AV block): its upper
/// quartile RR reference is then the blocked RR and every sinus beat would otherwise look premature.
/// </summary>
public sealed class BlockAugmentation
{
    /// <summary>Shortest and longest simulated block episode, seconds.</summary>
    public static readonly (double Min, double Max) EpisodeSeconds = (20, 120);

    /// <summary>Shortest and longest stretch of 1:1 conduction between episodes, seconds.</summary>
    public static readonly (double Min, double Max) ConductedSeconds = (60, 300);

    private readonly float[] rr;
    private readonly bool[] kept;

    private BlockAugmentation(float[] rr, bool[] kept)
    {
        this.rr = rr;
        this.kept = kept;
    }

    /// <summary>Number of beats the simulation removed.</summary>
    public int Removed => kept.Count(k => !k);

    /// <summary>Whether row i is still a beat under simulated block.</summary>
    /// <param name="row">Dataset row.</param>
    public bool Kept(int row) => kept[row];

    /// <summary>
    /// Simulates block in every record of <paramref name="data"/> (rows of a record in time order, as the dataset stores
    /// them; times from <see cref="BeatDataset.Samples"/> at their record's rate (<see cref="BeatDataset.RecordRatesHz"/>)).
    /// </summary>
    /// <param name="data">Training beats (the first <see cref="RrFeatures.Count"/> feature columns are RR features).</param>
    /// <param name="seed">Seed of the episode placement.</param>
    /// <param name="sporadicDropProbability">Probability that a normal beat between episodes is removed (0 = 2:1 episodes only).</param>
    public static BlockAugmentation Simulate(BeatDataset data, int seed, double sporadicDropProbability = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.RrFeatureCount < RrFeatures.Count)
            throw new ArgumentException($"the dataset has {data.RrFeatureCount} features, fewer than the {RrFeatures.Count} RR features");
        var rng = new Random(seed);
        var drops = new Random(seed + 1); // separate, so the episodes do not depend on the sporadic drops
        var kept = Enumerable.Repeat(true, data.Count).ToArray();
        var rr = (float[])data.RrFeatures.Clone();
        foreach (int[] rows in RecordTimeline.Rows(data, "the AV block simulation"))
        {
            double sampleRateHz = data.RateOf(rows[0]);
            bool block = false;
            double switchAt = data.Samples[rows[0]] / sampleRateHz + RecordTimeline.Uniform(rng, ConductedSeconds);
            bool dropNext = true;
            for (int k = 1; k + 1 < rows.Length; k++)
            {
                int row = rows[k];
                double t = data.Samples[row] / sampleRateHz;
                while (t >= switchAt)
                {
                    block = !block;
                    switchAt += RecordTimeline.Uniform(rng, block ? EpisodeSeconds : ConductedSeconds);
                    dropNext = true;
                }
                if (!kept[rows[k - 1]])
                {
                    dropNext = true; // the beat after a non-conducted P wave is conducted
                    continue;
                }
                // Only a normal beat between normal beats is dropped, so no ectopic beat changes its context.
                bool normalRun = data.Labels[row] == AamiClass.N && data.Labels[rows[k - 1]] == AamiClass.N
                    && data.Labels[rows[k + 1]] == AamiClass.N;
                if (!normalRun)
                    continue;
                if (block)
                {
                    kept[row] = !dropNext;
                    dropNext = !dropNext;
                }
                else if (sporadicDropProbability > 0 && drops.NextDouble() < sporadicDropProbability)
                    kept[row] = false;
            }
            int[] remaining = rows.Where(r => kept[r]).ToArray();
            float[] f = RrFeatures.Compute(remaining.Select(r => data.Samples[r]).ToArray(), sampleRateHz);
            for (int i = 0; i < remaining.Length; i++)
                Array.Copy(f, i * RrFeatures.Count, rr, remaining[i] * data.RrFeatureCount, RrFeatures.Count);
        }
        return new BlockAugmentation(rr, kept);
    }

    /// <summary>
    /// The dataset as one epoch sees it: each record independently under simulated block with probability
    /// <paramref name="probability"/>. Returns a dataset sharing <paramref name="data"/>'s images and labels, with those
    /// records' RR features replaced, and marks the rows removed from them.
    /// </summary>
    /// <param name="data">The dataset <see cref="Simulate"/> was made from.</param>
    /// <param name="probability">Per-record probability of the block view.</param>
    /// <param name="rng">Random source of the epoch.</param>
    /// <param name="removed">True for rows that are no beat in this epoch.</param>
    public BeatDataset ForEpoch(BeatDataset data, double probability, Random rng, out bool[] removed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        if (data.Count != kept.Length)
            throw new ArgumentException($"the simulation was made for {kept.Length} beats, the dataset has {data.Count}", nameof(data));
        float[] features = RecordTimeline.EpochFeatures(data, rr, probability, rng, out bool[] useBlock);
        removed = new bool[data.Count];
        for (int row = 0; row < data.Count; row++)
            removed[row] = useBlock[data.RecordIndex[row]] && !kept[row];
        return new BeatDataset(data.ImageSize, data.RrFeatureCount, data.Images, features, data.Labels, data.RecordIndex, data.Samples, data.Records, data.RecordRatesHz);
    }
}
