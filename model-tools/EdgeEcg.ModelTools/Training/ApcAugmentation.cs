using System;
using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Rhythm augmentation for training: the same patients' beats as they would be in episodes of frequent atrial
/// premature beats with sinus pauses (a sick-sinus-like rhythm, which no DS1 patient has). In simulated episodes each
/// normal beat between normal beats becomes, with the episode's probability, an early beat labelled S: it comes at the
/// episode's coupling (drawn from <see cref="Coupling"/>) of its RR after the beat before it; the beat after an early
/// beat comes the episode's reset (drawn from <see cref="Reset"/>) of its RR later (the sinus node is reset), and now and
/// then after an extra sinus pause (<see cref="PauseSeconds"/>). Coupling and reset are fixed per episode, each beat
/// within <see cref="Jitter"/> of them, as ectopic beats from one focus come at a near-constant coupling interval
/// (version 2; version 1 drew both per beat, which spread the RRs as randomly as atrial fibrillation does and taught the
/// network to call fibrillation S). Optionally a share of the episodes are atrial fibrillation instead
/// (<c>afShare</c>): every normal beat between normal beats comes at an independent random multiple
/// (<see cref="FibrillationFactor"/>) of its recorded RR and stays N, so that the network also sees irregular rhythms
/// of unrepeated intervals in which a short RR is not premature (DS1 has two patients with fibrillation, and each
/// cross-validation fold trains on one).
/// Consecutive early beats make atrial runs. Every other interval keeps its length. The RR features
/// (<see cref="RrFeatures"/>) are recomputed from the new times; images and template features are kept, as a normally
/// conducted premature beat has the patient's usual QRS. When early beats are the majority of an episode, the RR
/// references (means and upper quartile) describe the ectopic rhythm, and the early beats stop looking premature
/// against them: this is what the network is to learn to see through.
/// </summary>
public sealed class ApcAugmentation
{
    /// <summary>Shortest and longest simulated episode, seconds.</summary>
    public static readonly (double Min, double Max) EpisodeSeconds = (60, 180);

    /// <summary>Shortest and longest stretch of unchanged rhythm between episodes, seconds.</summary>
    public static readonly (double Min, double Max) UnchangedSeconds = (60, 300);

    /// <summary>Range of each episode's probability that an eligible normal beat becomes an early beat.</summary>
    public static readonly (double Min, double Max) EarlyProbability = (0.2, 0.6);

    /// <summary>Range of an episode's coupling: an early beat's interval as a fraction of its recorded RR.</summary>
    public static readonly (double Min, double Max) Coupling = (0.6, 0.85);

    /// <summary>Range of an episode's reset: the interval after an early beat as a multiple of its recorded RR.</summary>
    public static readonly (double Min, double Max) Reset = (1.0, 1.25);

    /// <summary>Range of a beat's interval in a simulated fibrillation episode, as a multiple of its recorded RR.</summary>
    public static readonly (double Min, double Max) FibrillationFactor = (0.6, 1.5);

    /// <summary>Largest relative deviation of one beat's coupling or reset from its episode's.</summary>
    public const double Jitter = 0.03;

    /// <summary>Probability of an extra sinus pause after an early beat.</summary>
    public const double PauseProbability = 0.3;

    /// <summary>Shortest and longest extra sinus pause, seconds.</summary>
    public static readonly (double Min, double Max) PauseSeconds = (1.0, 3.0);

    private readonly float[] rr;
    private readonly bool[] early;
    private readonly long[] samples;

    private ApcAugmentation(float[] rr, bool[] early, long[] samples)
    {
        this.rr = rr;
        this.early = early;
        this.samples = samples;
    }

    /// <summary>Each row's beat time under the simulation, in samples (the rhythm detector's view of it).</summary>
    public IReadOnlyList<long> SimulatedSamples => samples;

    /// <summary>Number of beats made early (labelled S) by the simulation.</summary>
    public int EarlyBeats => early.Count(e => e);

    /// <summary>Whether row i is an early beat of the simulation.</summary>
    /// <param name="row">Dataset row.</param>
    public bool IsEarly(int row) => early[row];

    /// <summary>
    /// Simulates the episodes in every record of <paramref name="data"/> (times from <see cref="BeatDataset.Samples"/>
    /// at their record's rate (<see cref="BeatDataset.RecordRatesHz"/>); rows of a record in time order, one copy of each record).
    /// </summary>
    /// <param name="data">Training beats (the first <see cref="RrFeatures.Count"/> feature columns are RR features).</param>
    /// <param name="seed">Seed of the simulation.</param>
    /// <param name="earlyProbability">Range of each episode's probability of an early beat (default <see cref="EarlyProbability"/>).</param>
    /// <param name="afShare">
    /// Share of the episodes that are fibrillation instead of premature beats (0 = none; drawn from a random stream of
    /// its own, so that 0 gives the simulation without it exactly).
    /// </param>
    public static ApcAugmentation Simulate(BeatDataset data, int seed, (double Min, double Max)? earlyProbability = null, double afShare = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.RrFeatureCount < RrFeatures.Count)
            throw new ArgumentException($"the dataset has {data.RrFeatureCount} features, fewer than the {RrFeatures.Count} RR features");
        if (!(afShare >= 0 && afShare <= 1))
            throw new ArgumentOutOfRangeException(nameof(afShare), afShare, "the share of fibrillation episodes must lie in [0, 1]");
        (double Min, double Max) density = earlyProbability ?? EarlyProbability;
        if (!(density.Min >= 0 && density.Min <= density.Max && density.Max <= 1))
            throw new ArgumentOutOfRangeException(nameof(earlyProbability), density, "the early-beat probability range must lie in [0, 1], its minimum first");
        var rng = new Random(seed);
        var afRng = new Random(unchecked((seed * 31) + 7));
        var early = new bool[data.Count];
        var rr = (float[])data.RrFeatures.Clone();
        var simulated = new long[data.Count];
        foreach (int[] rows in RecordTimeline.Rows(data, "the premature-beat simulation"))
        {
            double sampleRateHz = data.RateOf(rows[0]);
            var times = new long[rows.Length];
            times[0] = data.Samples[rows[0]];
            bool episode = false;
            double q = 0, coupling = 0, reset = 0;
            bool fibrillation = false;
            double switchAt = data.Samples[rows[0]] / sampleRateHz + RecordTimeline.Uniform(rng, UnchangedSeconds);
            for (int k = 1; k < rows.Length; k++)
            {
                int row = rows[k];
                double t = data.Samples[row] / sampleRateHz; // recorded time decides the episodes
                while (t >= switchAt)
                {
                    episode = !episode;
                    switchAt += RecordTimeline.Uniform(rng, episode ? EpisodeSeconds : UnchangedSeconds);
                    q = RecordTimeline.Uniform(rng, density);
                    coupling = RecordTimeline.Uniform(rng, Coupling);
                    reset = RecordTimeline.Uniform(rng, Reset);
                    fibrillation = episode && afShare > 0 && afRng.NextDouble() < afShare;
                }
                double interval = data.Samples[row] - data.Samples[rows[k - 1]];
                bool eligible = episode && k + 1 < rows.Length && data.Labels[row] == AamiClass.N
                    && data.Labels[rows[k - 1]] == AamiClass.N && data.Labels[rows[k + 1]] == AamiClass.N;
                if (eligible && fibrillation)
                {
                    interval *= RecordTimeline.Uniform(afRng, FibrillationFactor);
                }
                else if (eligible && rng.NextDouble() < q)
                {
                    early[row] = true;
                    interval *= coupling * RecordTimeline.Uniform(rng, (1 - Jitter, 1 + Jitter));
                }
                else if (early[rows[k - 1]])
                {
                    interval *= reset * RecordTimeline.Uniform(rng, (1 - Jitter, 1 + Jitter));
                    if (rng.NextDouble() < PauseProbability)
                        interval += RecordTimeline.Uniform(rng, PauseSeconds) * sampleRateHz;
                }
                times[k] = times[k - 1] + Math.Max(1, (long)Math.Round(interval));
            }
            float[] f = RrFeatures.Compute(times, sampleRateHz);
            for (int i = 0; i < rows.Length; i++)
            {
                Array.Copy(f, i * RrFeatures.Count, rr, rows[i] * data.RrFeatureCount, RrFeatures.Count);
                simulated[rows[i]] = times[i];
            }
        }
        return new ApcAugmentation(rr, early, simulated);
    }

    /// <summary>
    /// The dataset as one epoch sees it: each record independently under the simulation with probability
    /// <paramref name="probability"/>. Returns a dataset sharing <paramref name="data"/>'s images, with those records' RR
    /// features replaced and their early beats labelled S.
    /// </summary>
    /// <param name="data">The dataset <see cref="Simulate"/> was made from.</param>
    /// <param name="probability">Per-record probability of the simulated view.</param>
    /// <param name="rng">Random source of the epoch.</param>
    /// <param name="madeEarly">True for rows that are simulated early beats in this epoch.</param>
    public BeatDataset ForEpoch(BeatDataset data, double probability, Random rng, out bool[] madeEarly)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rng);
        if (data.Count != early.Length)
            throw new ArgumentException($"the simulation was made for {early.Length} beats, the dataset has {data.Count}", nameof(data));
        float[] features = RecordTimeline.EpochFeatures(data, rr, probability, rng, out bool[] use);
        madeEarly = new bool[data.Count];
        var labels = (AamiClass[])data.Labels.Clone();
        for (int row = 0; row < data.Count; row++)
        {
            if (use[data.RecordIndex[row]] && early[row])
            {
                madeEarly[row] = true;
                labels[row] = AamiClass.S;
            }
        }
        return new BeatDataset(data.ImageSize, data.RrFeatureCount, data.Images, features, labels, data.RecordIndex, data.Samples, data.Records, data.RecordRatesHz);
    }
}
