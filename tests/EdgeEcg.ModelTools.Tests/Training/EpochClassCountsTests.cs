using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class EpochClassCountsTests
{
    [Fact]
    public void WithoutASimulation_TheCountsAreTheRecordedOnes()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        Assert.Equal(data.ClassCounts(), EpochClassCounts.Expected(data, null, 0, null, 0));
    }

    [Fact]
    public void PrematureBeatSimulation_ShiftsNormalBeatsToS_ByTheProbabilityOfItsView()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        ApcAugmentation apc = ApcAugmentation.Simulate(data, seed: 3);
        int[] recorded = data.ClassCounts();
        // Shown always, the expectation is what an epoch's labels are; never shown, the recorded ones.
        BeatDataset always = apc.ForEpoch(data, 1.0, new Random(1), out _);
        Assert.Equal(always.ClassCounts(), EpochClassCounts.Expected(data, apc, 1.0, null, 0));
        Assert.Equal(recorded, EpochClassCounts.Expected(data, apc, 0.0, null, 0));
        // In between, a tenth of the simulated early beats count as S.
        int[] tenth = EpochClassCounts.Expected(data, apc, 0.1, null, 0);
        Assert.True(apc.EarlyBeats > 100, $"{apc.EarlyBeats} early beats");
        Assert.Equal(recorded[(int)AamiClass.S] + (int)Math.Round(apc.EarlyBeats * 0.1), tenth[(int)AamiClass.S]);
        Assert.Equal(recorded.Sum(), tenth.Sum());
    }

    [Fact]
    public void BlockSimulation_RemovesTheBlockedBeats_ByTheProbabilityOfItsView()
    {
        BeatDataset data = RhythmFixture.SinusRecord();
        BlockAugmentation block = BlockAugmentation.Simulate(data, seed: 4);
        Assert.True(block.Removed > 100, $"{block.Removed} beats removed");
        int[] kept = new int[data.ClassCounts().Length];
        for (int row = 0; row < data.Count; row++)
        {
            if (block.Kept(row))
                kept[(int)data.Labels[row]]++;
        }
        Assert.Equal(kept, EpochClassCounts.Expected(data, null, 0, block, 1.0));
        int half = data.Count - (int)Math.Round(block.Removed * 0.5);
        Assert.InRange(EpochClassCounts.Expected(data, null, 0, block, 0.5).Sum(), half - 1, half + 1); // each class rounded
    }
}
