using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class BlockAugmentationTests
{
    private const double Fs = RhythmFixture.Fs;

    private static BeatDataset Record() => RhythmFixture.SinusRecord();

    [Fact]
    public void OnlyNormalBeatsBetweenNormalBeatsAreRemoved_AndBlockEpisodesHalveTheRate()
    {
        BeatDataset data = Record();
        BlockAugmentation b = BlockAugmentation.Simulate(data, seed: 1, sporadicDropProbability: 0.03);
        Assert.InRange(b.Removed, 100, data.Count / 2);
        int steady21 = 0;
        for (int i = 1; i + 1 < data.Count; i++)
        {
            if (b.Kept(i))
                continue;
            Assert.Equal(AamiClass.N, data.Labels[i]);
            Assert.Equal(AamiClass.N, data.Labels[i - 1]);
            Assert.Equal(AamiClass.N, data.Labels[i + 1]);
            Assert.True(b.Kept(i - 1), $"beats {i - 1} and {i} both removed: two P waves in a row not conducted");
            if (i + 2 < data.Count && !b.Kept(i + 2))
                steady21++; // 2:1 conduction: removed, kept, removed
        }
        Assert.True(steady21 > 50, $"only {steady21} stretches of 2:1 conduction");
        Assert.True(Enumerable.Range(0, data.Count).Where(i => data.Labels[i] != AamiClass.N).All(b.Kept));
    }

    [Fact]
    public void WithoutSporadicDrops_RemovedBeatsComeIn21Stretches()
    {
        BeatDataset data = Record();
        BlockAugmentation episodes = BlockAugmentation.Simulate(data, seed: 1);
        BlockAugmentation withDrops = BlockAugmentation.Simulate(data, seed: 1, sporadicDropProbability: 0.03);
        Assert.True(episodes.Removed < withDrops.Removed, $"{episodes.Removed} removed without sporadic drops, {withDrops.Removed} with");
        Assert.True(Enumerable.Range(0, data.Count).All(i => episodes.Kept(i) || !withDrops.Kept(i)), "the episodes changed with the sporadic drops");
        int[] removed = Enumerable.Range(0, data.Count).Where(i => !episodes.Kept(i)).ToArray();
        int paired = removed.Count(i => removed.Contains(i - 2) || removed.Contains(i + 2));
        Assert.True(paired >= 0.8 * removed.Length, $"{paired} of {removed.Length} removed beats have a removed beat two beats away");
    }

    [Fact]
    public void EpochView_ReplacesOnlyTheRrFeatures_OfTheRecordsItPutsUnderBlock()
    {
        BeatDataset data = Record();
        BlockAugmentation b = BlockAugmentation.Simulate(data, seed: 1, sporadicDropProbability: 0.03);

        BeatDataset none = b.ForEpoch(data, 0.0, new Random(1), out bool[] removedNone);
        Assert.Equal(data.RrFeatures, none.RrFeatures);
        Assert.DoesNotContain(true, removedNone);

        BeatDataset all = b.ForEpoch(data, 1.0, new Random(1), out bool[] removed);
        int f = data.RrFeatureCount;
        int changed = 0;
        for (int i = 0; i < data.Count; i++)
        {
            Assert.Equal(!b.Kept(i), removed[i]);
            Assert.Equal(data.RrFeatures[(i * f) + RrFeatures.Count], all.RrFeatures[(i * f) + RrFeatures.Count]);
            Assert.Equal(data.RrFeatures[(i * f) + RrFeatures.Count + 1], all.RrFeatures[(i * f) + RrFeatures.Count + 1]);
            if (!removed[i] && data.RrFeatures[i * f] != all.RrFeatures[i * f])
                changed++;
        }
        Assert.True(changed > 100, $"only {changed} kept beats have other RR features");
        Assert.Same(data.Images, all.Images);
        Assert.Equal(data.RrFeatures, Record().RrFeatures); // the source is not modified
    }

    [Fact]
    public void AfterABlockEpisode_ConductedBeatsLookPrematureAgainstTheUpperQuartile()
    {
        // The failure the augmentation teaches the network to avoid: in a 2:1 episode the upper-quartile reference
        // becomes the doubled RR, so when 1:1 conduction returns normal beats have previous/reference near 0.5.
        BeatDataset data = Record();
        BlockAugmentation b = BlockAugmentation.Simulate(data, seed: 1, sporadicDropProbability: 0.03);
        BeatDataset all = b.ForEpoch(data, 1.0, new Random(1), out bool[] removed);
        int f = data.RrFeatureCount;
        float minOriginal = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == AamiClass.N && i > 300).Min(i => data.RrFeatures[(i * f) + 6]);
        int lowAfterBlock = Enumerable.Range(300, data.Count - 300)
            .Count(i => !removed[i] && data.Labels[i] == AamiClass.N && all.RrFeatures[(i * f) + 6] < 0.6f);
        Assert.True(minOriginal > 0.9f, $"recorded N beats: min previous/reference {minOriginal}");
        Assert.True(lowAfterBlock > 50, $"{lowAfterBlock} conducted N beats with previous/reference < 0.6");
    }

    [Fact]
    public void SameSeed_SameSimulation()
    {
        BeatDataset data = Record();
        BlockAugmentation a = BlockAugmentation.Simulate(data, seed: 5);
        BlockAugmentation b = BlockAugmentation.Simulate(data, seed: 5);
        Assert.Equal(Enumerable.Range(0, data.Count).Select(a.Kept), Enumerable.Range(0, data.Count).Select(b.Kept));
    }

    [Fact]
    public void ADatasetOfAnotherSize_IsRefused()
    {
        BlockAugmentation b = BlockAugmentation.Simulate(Record(), seed: 1);
        BeatDataset other = Record().Select(Enumerable.Range(0, 100).ToArray());
        var e = Assert.Throws<ArgumentException>(() => b.ForEpoch(other, 1.0, new Random(1), out _));
        Assert.Contains("3000 beats", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordRepeatedByNoiseCopies_IsRefusedWithTheReason()
    {
        BeatDataset one = Record();
        BeatDataset twice = BeatDatasetBuilder.Concat(new[] { one, one });
        var e = Assert.Throws<ArgumentException>(() => BlockAugmentation.Simulate(twice, seed: 1));
        Assert.Contains("record r: beats are not in time order", e.Message, StringComparison.Ordinal);
        Assert.Contains("--noise-copies", e.Message, StringComparison.Ordinal);
    }
}
