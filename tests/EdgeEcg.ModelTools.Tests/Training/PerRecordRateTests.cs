using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

/// <summary>
/// The rhythm simulations and rules take each record's own sampling rate (<see cref="BeatDataset.RecordRatesHz"/>): a
/// record whose beat times are given at 720 Hz (every sample number doubled) is treated exactly as the same record at
/// 360 Hz, also next to a 360 Hz record in one dataset.
/// </summary>
public class PerRecordRateTests
{
    [Fact]
    public void Simulations_AndTheRunVeto_UseEachRecordsRate()
    {
        BeatDataset r = RhythmFixture.SinusRecord();
        BeatDataset same = Renamed(r, "b", 1, 360);
        BeatDataset doubled = Renamed(r, "b", 2, 720);
        BeatDataset reference = BeatDatasetBuilder.Concat(new[] { r, same });
        BeatDataset mixed = BeatDatasetBuilder.Concat(new[] { r, doubled });
        Assert.Equal(new[] { 360.0, 720.0 }, mixed.RecordRatesHz);

        BlockAugmentation blockReference = BlockAugmentation.Simulate(reference, seed: 3);
        BlockAugmentation blockMixed = BlockAugmentation.Simulate(mixed, seed: 3);
        Assert.True(blockReference.Removed > 0);
        Assert.All(Enumerable.Range(0, reference.Count), i => Assert.Equal(blockReference.Kept(i), blockMixed.Kept(i)));

        ApcAugmentation apcReference = ApcAugmentation.Simulate(reference, seed: 4);
        ApcAugmentation apcMixed = ApcAugmentation.Simulate(mixed, seed: 4);
        Assert.True(apcReference.EarlyBeats > 0);
        Assert.All(Enumerable.Range(0, reference.Count), i => Assert.Equal(apcReference.IsEarly(i), apcMixed.IsEarly(i)));
        for (int i = 1; i < reference.Count; i++)
        {
            if (reference.RecordIndex[i] != reference.RecordIndex[i - 1])
                continue;
            int scale = reference.RecordIndex[i] == 0 ? 1 : 2;
            long expected = scale * (apcReference.SimulatedSamples[i] - apcReference.SimulatedSamples[i - 1]);
            long interval = apcMixed.SimulatedSamples[i] - apcMixed.SimulatedSamples[i - 1];
            Assert.InRange(interval, expected - 1, expected + 1); // each interval is rounded to a whole sample at its rate
        }

        Assert.Equal(SvebRunVeto.ForRows(reference, reference.Samples), SvebRunVeto.ForRows(mixed, mixed.Samples));

        // An epoch's view keeps the rates, so the stresses that score it time its beats right.
        Assert.Equal(mixed.RecordRatesHz, blockMixed.ForEpoch(mixed, 1.0, new Random(1), out _).RecordRatesHz);
        Assert.Equal(mixed.RecordRatesHz, apcMixed.ForEpoch(mixed, 1.0, new Random(1), out _).RecordRatesHz);
    }

    [Fact]
    public void Concat_RefusesOneRecordAtTwoRates()
    {
        BeatDataset r = RhythmFixture.SinusRecord();
        var e = Assert.Throws<ArgumentException>(() => BeatDatasetBuilder.Concat(new[] { r, Renamed(r, "r", 2, 720) }));
        Assert.Contains("record r appears at 360 Hz and at 720 Hz", e.Message, StringComparison.Ordinal);
    }

    private static BeatDataset Renamed(BeatDataset d, string name, int scale, double rate) =>
        new(d.ImageSize, d.RrFeatureCount, d.Images, d.RrFeatures, d.Labels, d.RecordIndex, d.Samples.Select(s => s * scale).ToArray(), new[] { name },
            new[] { rate });
}
