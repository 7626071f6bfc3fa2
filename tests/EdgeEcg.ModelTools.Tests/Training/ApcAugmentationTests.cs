using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class ApcAugmentationTests
{
    private const double Fs = RhythmFixture.Fs;
    private const int PreOverPreBefore = 8; // RrFeatures column "pre/pre-before RR"

    [Fact]
    public void OnlyNormalBeatsBetweenNormalBeatsBecomeEarly_InEpisodes_AtTheEpisodesRate()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 1);
        int[] early = Enumerable.Range(0, data.Count).Where(a.IsEarly).ToArray();
        foreach (int i in early)
        {
            Assert.Equal(AamiClass.N, data.Labels[i]);
            Assert.Equal(AamiClass.N, data.Labels[i - 1]);
            Assert.Equal(AamiClass.N, data.Labels[i + 1]);
        }
        // Episodes take about a third of the time and make 20-60 % of their eligible beats early.
        int normal = data.ClassCounts()[(int)AamiClass.N];
        Assert.InRange(early.Length, normal / 30, normal / 4);
        Assert.Equal(early.Length, a.EarlyBeats);
        // Early beats come in episodes: the record also has long stretches without any.
        int longestGap = early.Zip(early.Skip(1), (x, y) => y - x).Max();
        Assert.True(longestGap > 60 / 0.8, $"longest stretch without an early beat: {longestGap} beats");
        Assert.True(early.Zip(early.Skip(1), (x, y) => y - x).Count(d => d == 1) > 10, "no atrial runs (consecutive early beats)");
    }

    [Fact]
    public void EarlyBeatsComeAtTheirCoupling_AndTheBeatAfterComesAfterAResetOrAPause()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 2);
        BeatDataset all = a.ForEpoch(data, 1.0, new Random(1), out _);
        int f = data.RrFeatureCount;
        float Ratio(int i) => all.RrFeatures[(i * f) + PreOverPreBefore];
        bool Untouched(int i) => !a.IsEarly(i) && !a.IsEarly(i - 1) && data.Labels[i] == AamiClass.N && data.Labels[i - 1] == AamiClass.N;
        // An early beat after two untouched intervals: its RR over the sinus RR is the coupling.
        var couplings = Enumerable.Range(3, data.Count - 3).Where(i => a.IsEarly(i) && Untouched(i - 1)).Select(Ratio).ToArray();
        Assert.True(couplings.Length > 20, $"{couplings.Length} isolated early beats");
        const float low = (float)(1 - ApcAugmentation.Jitter), high = (float)(1 + ApcAugmentation.Jitter);
        Assert.All(couplings, c => Assert.InRange(c, (0.6f * low) - 0.01f, (0.85f * high) + 0.01f));
        // The beat after an isolated early beat: reset (1.0-1.25 RR) over coupling (0.6-0.85 RR), or longer with a pause.
        var after = Enumerable.Range(3, data.Count - 4).Where(i => a.IsEarly(i) && Untouched(i - 1) && !a.IsEarly(i + 1)).Select(i => Ratio(i + 1)).ToArray();
        Assert.All(after, r => Assert.True(r >= low / (0.86f * high), $"ratio {r}"));
        int pauses = after.Count(r => r > ((1.25f * high * RhythmFixture.RrSamples) + (1.0f * Fs)) / (0.85f * low * RhythmFixture.RrSamples));
        Assert.InRange(pauses, after.Length / 10, after.Length / 2); // probability 0.3
    }

    [Fact]
    public void OneEpisodesEarlyBeats_ShareTheirCoupling_WhileEpisodesDiffer()
    {
        // Ectopic beats from one focus come at a near-constant coupling: within an episode every isolated early beat's
        // RR over the sinus RR lies within the jitter of the episode's coupling, unlike atrial fibrillation's spread.
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 7);
        BeatDataset all = a.ForEpoch(data, 1.0, new Random(1), out _);
        int f = data.RrFeatureCount;
        bool Untouched(int i) => !a.IsEarly(i) && !a.IsEarly(i - 1) && data.Labels[i] == AamiClass.N && data.Labels[i - 1] == AamiClass.N;
        int[] isolated = Enumerable.Range(3, data.Count - 3).Where(i => a.IsEarly(i) && Untouched(i - 1)).ToArray();
        // Episodes are at least 60 s of unchanged rhythm apart (75 beats at 0.8 s): split the early beats there.
        var episodes = isolated.Aggregate(new List<List<int>>(), (list, i) =>
        {
            if (list.Count == 0 || i - list[^1][^1] > 60 / 0.8)
                list.Add(new List<int>());
            list[^1].Add(i);
            return list;
        }).Where(e => e.Count >= 5).ToArray();
        Assert.True(episodes.Length >= 3, $"{episodes.Length} episodes with 5 or more isolated early beats");
        var medians = new double[episodes.Length];
        for (int e = 0; e < episodes.Length; e++)
        {
            float[] c = episodes[e].Select(i => all.RrFeatures[(i * f) + PreOverPreBefore]).OrderBy(x => x).ToArray();
            Assert.True(c[^1] / c[0] <= (1 + ApcAugmentation.Jitter) / (1 - ApcAugmentation.Jitter) + 1e-4,
                $"episode {e}: couplings {c[0]:F3}..{c[^1]:F3}");
            medians[e] = c[c.Length / 2];
        }
        Assert.True(medians.Max() - medians.Min() > 0.05, $"episode couplings {string.Join(", ", medians.Select(m => m.ToString("F3", CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public void SimulatedSamples_AreTheTimesTheRrFeaturesWereComputedFrom()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 8);
        BeatDataset all = a.ForEpoch(data, 1.0, new Random(1), out _);
        long[] t = a.SimulatedSamples.ToArray();
        Assert.Equal(data.Samples[0], t[0]);
        Assert.All(Enumerable.Range(1, t.Length - 1), i => Assert.True(t[i] > t[i - 1]));
        int firstEarly = Enumerable.Range(0, data.Count).First(a.IsEarly);
        Assert.Equal(data.Samples[firstEarly - 1], t[firstEarly - 1]); // unchanged before the first episode
        Assert.True(t[firstEarly] < data.Samples[firstEarly]);
        float[] rr = RrFeatures.Compute(t, Fs);
        int f = data.RrFeatureCount;
        Assert.All(Enumerable.Range(0, data.Count), i =>
            Assert.Equal(rr.AsSpan(i * RrFeatures.Count, RrFeatures.Count).ToArray(), all.RrFeatures.AsSpan(i * f, RrFeatures.Count).ToArray()));
    }

    [Fact]
    public void FibrillationEpisodes_GiveUnrepeatedIntervals_KeepLabels_AndShareZeroChangesNothing()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation plain = ApcAugmentation.Simulate(data, seed: 9);
        ApcAugmentation zero = ApcAugmentation.Simulate(data, seed: 9, afShare: 0);
        Assert.Equal(plain.SimulatedSamples, zero.SimulatedSamples);
        Assert.Equal(plain.EarlyBeats, zero.EarlyBeats);

        // Every episode fibrillation: no early beat, and in the episodes each interval is the sinus RR times an
        // independent factor in [0.6, 1.5], so successive ratios spread over (0.4, 2.5) and rarely repeat.
        ApcAugmentation af = ApcAugmentation.Simulate(data, seed: 9, afShare: 1);
        Assert.Equal(0, af.EarlyBeats);
        BeatDataset view = af.ForEpoch(data, 1.0, new Random(1), out bool[] early);
        Assert.DoesNotContain(true, early);
        Assert.Equal(data.Labels, view.Labels);
        long[] t = af.SimulatedSamples.ToArray();
        double[] ratio = Enumerable.Range(1, t.Length - 1).Select(i => (t[i] - t[i - 1]) / (double)RhythmFixture.RrSamples).ToArray();
        double[] changed = ratio.Where(r => Math.Abs(r - 1) > 0.01 && Math.Abs(r - 0.7) > 0.01 && Math.Abs(r - 1.3) > 0.01).ToArray();
        Assert.True(changed.Length > data.Count / 5, $"{changed.Length} intervals changed");
        Assert.All(changed, r => Assert.InRange(r, 0.59, 1.51));
        Assert.True(changed.Max() - changed.Min() > 0.8, "the factors spread over the range");
        Assert.Throws<ArgumentOutOfRangeException>(() => ApcAugmentation.Simulate(data, seed: 9, afShare: 1.1));
    }

    [Fact]
    public void ForEpoch_LabelsTheEarlyBeatsS_OnlyInTheChosenRecords()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 1);
        BeatDataset all = a.ForEpoch(data, 1.0, new Random(1), out bool[] madeEarly);
        for (int i = 0; i < data.Count; i++)
        {
            Assert.Equal(a.IsEarly(i), madeEarly[i]);
            Assert.Equal(a.IsEarly(i) ? AamiClass.S : data.Labels[i], all.Labels[i]);
        }
        Assert.NotEqual(data.RrFeatures, all.RrFeatures);
        int f = data.RrFeatureCount;
        // Template columns are kept; the dataset itself is not changed.
        Assert.All(Enumerable.Range(0, data.Count), i => Assert.Equal(data.RrFeatures[(i * f) + RrFeatures.Count], all.RrFeatures[(i * f) + RrFeatures.Count]));
        Assert.Equal(RhythmFixture.SinusRecord().Labels, data.Labels);

        BeatDataset none = a.ForEpoch(data, 0.0, new Random(1), out bool[] noneEarly);
        Assert.Equal(data.RrFeatures, none.RrFeatures);
        Assert.Equal(data.Labels, none.Labels);
        Assert.DoesNotContain(true, noneEarly);
    }

    [Fact]
    public void EarlyBeatsStayPrematureByRr_ButTheirRhythmIsIrregularLikeAtrialFibrillation()
    {
        // What the simulation shows the network: premature beats (previous/local RR as low as recorded S beats') in a
        // rhythm whose last 32 RRs are irregular, which in DS1 mostly means atrial fibrillation, where a short RR is N.
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation a = ApcAugmentation.Simulate(data, seed: 3);
        BeatDataset all = a.ForEpoch(data, 1.0, new Random(1), out _);
        int f = data.RrFeatureCount;
        const int irregularity = 9;
        int[] early = Enumerable.Range(0, data.Count).Where(a.IsEarly).ToArray();
        int[] recordedS = Enumerable.Range(300, data.Count - 300).Where(i => data.Labels[i] == AamiClass.S).ToArray();
        float preLocalEarly = early.Average(i => all.RrFeatures[i * f]);
        float preLocalS = recordedS.Average(i => data.RrFeatures[i * f]);
        float irregularEarly = early.Average(i => all.RrFeatures[(i * f) + irregularity]);
        float irregularS = recordedS.Average(i => data.RrFeatures[(i * f) + irregularity]);
        Assert.True(preLocalEarly < preLocalS + 0.05f, $"previous/local: early {preLocalEarly}, recorded S {preLocalS}");
        Assert.True(irregularEarly > 0.1f && irregularS < 0.01f, $"irregularity: early {irregularEarly}, recorded S {irregularS}");
    }

    [Fact]
    public void TheEpisodesDensityOfEarlyBeats_CanBeSet()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        int Early((double, double) density) => ApcAugmentation.Simulate(data, seed: 4, density).EarlyBeats;
        Assert.Equal(0, Early((0, 0)));
        int sparse = Early((0.05, 0.05)), dense = Early((0.6, 0.6));
        Assert.InRange(sparse, 1, dense / 5);
        Assert.Equal(ApcAugmentation.Simulate(data, seed: 4).EarlyBeats, Early(ApcAugmentation.EarlyProbability));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApcAugmentation.Simulate(data, seed: 4, (0.5, 0.2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApcAugmentation.Simulate(data, seed: 4, (0.5, 1.5)));
    }

    [Fact]
    public void SameSeed_SameSimulation_OtherSeed_Another()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        bool[] Early(int seed)
        {
            ApcAugmentation s = ApcAugmentation.Simulate(data, seed);
            return Enumerable.Range(0, data.Count).Select(s.IsEarly).ToArray();
        }
        Assert.Equal(Early(5), Early(5));
        Assert.NotEqual(Early(5), Early(6));
    }

    [Fact]
    public void BadInput_IsRefusedWithTheReason()
    {
        BeatDataset one = RhythmFixture.SinusRecord();
        var e = Assert.Throws<ArgumentException>(() => ApcAugmentation.Simulate(BeatDatasetBuilder.Concat(new[] { one, one }), seed: 1));
        Assert.Contains("record r: beats are not in time order", e.Message, StringComparison.Ordinal);
        Assert.Contains("premature-beat simulation", e.Message, StringComparison.Ordinal);
        Assert.Contains("--noise-copies", e.Message, StringComparison.Ordinal);

        ApcAugmentation a = ApcAugmentation.Simulate(one, seed: 1);
        e = Assert.Throws<ArgumentException>(() => a.ForEpoch(one.Select(Enumerable.Range(0, 100).ToArray()), 1.0, new Random(1), out _));
        Assert.Contains("3000 beats", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<ArgumentException>(() => new BeatDataset(one.ImageSize, one.RrFeatureCount, one.Images, one.RrFeatures, one.Labels, one.RecordIndex, one.Samples, one.Records, new[] { 0.0 }));
        Assert.Contains("sampling rate must be positive", e.Message, StringComparison.Ordinal);
        BeatDataset narrow = new(4, 2, new sbyte[4 * one.Count], new float[2 * one.Count], one.Labels, one.RecordIndex, one.Samples, one.Records);
        e = Assert.Throws<ArgumentException>(() => ApcAugmentation.Simulate(narrow, seed: 1));
        Assert.Contains("fewer than the 11 RR features", e.Message, StringComparison.Ordinal);
    }
}
