using System.Collections.Generic;
using System.Linq;
using EdgeEcg.ModelTools.Evaluation.Matching;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Matching;

// Expected counts follow the rules of PhysioNet's bxb.c (WFDB app), worked by hand for each case.
public class BxbMatcherTests
{
    private const long Window = 54; // 150 ms at 360 Hz, as bxb computes strtim(".15")
    private const long End = 100_000;

    [Fact]
    public void IdenticalBeatsAllMatch()
    {
        long[] beats = { 1000, 2000, 3000, 4000 };
        MatchCounts c = Compare(Beats(beats), Beats(beats), 0);
        Assert.Equal(new MatchCounts(4, 0, 0, 0, 0), c);
        Assert.Equal(100.0, c.Sensitivity);
        Assert.Equal(100.0, c.PositivePredictivity);
    }

    [Theory]
    [InlineData(54, 3, 0, 0)]
    [InlineData(-54, 3, 0, 0)]
    [InlineData(55, 2, 1, 1)]
    [InlineData(-55, 2, 1, 1)]
    public void MatchWindowEdgeIsInclusive(long offset, long tp, long fn, long fp)
    {
        MatchCounts c = Compare(Beats(1000, 2000, 3000), Beats(1000, 2000 + offset, 3000), 0);
        Assert.Equal((tp, fn, fp), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void LearningPeriodIsNotScored()
    {
        // Beats before the start (100/300, 500/700, 990/980) are not scored, matched or not; the first
        // reference beat after the start pairs with the first test beat after it.
        MatchCounts c = Compare(Beats(100, 500, 990, 1500), Beats(300, 700, 980, 1500), start: 1000);
        Assert.Equal(1, c.TruePositives);
        Assert.Equal(0, c.FalseNegatives);
        Assert.Equal(0, c.FalsePositives);
    }

    [Fact]
    public void DuplicateDetectionsCountOnceAndTheRestAreFalsePositives()
    {
        MatchCounts c = Compare(Beats(1000, 2000), Beats(1000, 1010, 1990, 2000, 2030), 0);
        Assert.Equal((2L, 0L, 3L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void ClosestCandidateWins()
    {
        // Test beat at 1040 lies within the window of both 1000 and 1060; bxb pairs it with the closer 1060
        // and counts 1000 as missed.
        MatchCounts c = Compare(Beats(1000, 1060), Beats(1040), 0);
        Assert.Equal((1L, 1L, 0L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void ReferenceVfEpisodesAreExcluded()
    {
        List<MatchEvent> reference = Beats(1000, 2000);
        reference.Add(new MatchEvent(2500, MatchEventKind.VfOn));
        reference.AddRange(Beats(2800, 3100));
        reference.Add(new MatchEvent(3500, MatchEventKind.VfOff));
        reference.AddRange(Beats(4000));
        MatchCounts c = Compare(reference, Beats(1000, 2000, 2700, 3000, 3300, 4000), 0);
        Assert.Equal((3L, 0L, 0L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void BeatsMissedDuringTestShutdownAreFalseNegativesAndCountedApart()
    {
        List<MatchEvent> test = Beats(1000);
        test.Add(MatchEvent.FromNoise(1500, -1));
        test.Add(MatchEvent.FromNoise(3500, 0));
        test.AddRange(Beats(4000));
        MatchCounts c = Compare(Beats(1000, 2000, 3000, 4000), test, 0);
        Assert.Equal((2L, 2L, 0L, 2L), (c.TruePositives, c.FalseNegatives, c.FalsePositives, c.MissedInShutdown));
        Assert.Equal(2000, c.ShutdownSamples);
    }

    [Fact]
    public void NoiseSubtypeDecidesShutdown()
    {
        Assert.Equal(MatchEventKind.ShutdownOn, MatchEvent.FromNoise(0, -1).Kind);
        Assert.Equal(MatchEventKind.ShutdownOn, MatchEvent.FromNoise(0, 0x30).Kind);
        Assert.Equal(MatchEventKind.Noise, MatchEvent.FromNoise(0, 0x10).Kind);
        Assert.Equal(MatchEventKind.Noise, MatchEvent.FromNoise(0, 0).Kind);
    }

    [Fact]
    public void ExtraTestBeatsAfterTheLastReferenceBeatAreFalsePositives()
    {
        MatchCounts c = Compare(Beats(1000), Beats(1000, 5000, 9000), 0);
        Assert.Equal((1L, 0L, 2L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void EmptyTestMissesEveryBeat()
    {
        MatchCounts c = Compare(Beats(1000, 2000, 3000), new List<MatchEvent>(), 0);
        Assert.Equal((0L, 3L, 0L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
        Assert.Equal(0.0, c.Sensitivity);
        Assert.True(double.IsNaN(c.PositivePredictivity));
    }

    [Fact]
    public void CountsAdd()
    {
        MatchCounts a = new(10, 1, 2, 0, 5);
        MatchCounts b = new(20, 3, 4, 1, 7);
        Assert.Equal(new MatchCounts(30, 4, 6, 1, 12), a + b);
    }

    [Fact]
    public void RejectsAnEndBeforeTheStart()
    {
        Assert.Throws<System.ArgumentException>(() => BxbMatcher.Compare(Beats(1), Beats(1), Window, 500, 100));
    }

    [Fact]
    public void Pairing_NamesThePairedMissedAndExtraBeatsByListPosition_InAgreementWithTheCounts()
    {
        // Reference 1000, 2000, 3000; test 1010 (pairs 1000), 2500 (nothing within 54), 2990 (pairs 3000), 3200 (extra).
        var pairing = new BxbPairing();
        MatchCounts c = BxbMatcher.Compare(Beats(1000, 2000, 3000), Beats(1010, 2500, 2990, 3200), Window, 0, End, pairing);
        Assert.Equal(new[] { (0, 0), (2, 2) }, pairing.Paired);
        Assert.Equal(new[] { 1 }, pairing.MissedReference);
        Assert.Equal(new[] { 1, 3 }, pairing.ExtraTest);
        Assert.Equal((2L, 1L, 2L), (c.TruePositives, c.FalseNegatives, c.FalsePositives));
    }

    [Fact]
    public void Pairing_LeavesBeatsInReferenceVfAndBeforeTheStartOut_AndCountsPositionsOverAllEvents()
    {
        // Positions count every event, VF marks included: reference 0 1000, 1 2000, 2 VFON, 3 2800, 4 3100, 5 VFOFF, 6 4000.
        List<MatchEvent> reference = Beats(1000, 2000);
        reference.Add(new MatchEvent(2500, MatchEventKind.VfOn));
        reference.AddRange(Beats(2800, 3100));
        reference.Add(new MatchEvent(3500, MatchEventKind.VfOff));
        reference.AddRange(Beats(4000));
        var pairing = new BxbPairing();
        BxbMatcher.Compare(reference, Beats(1000, 2000, 2700, 3000, 3300, 4000), Window, 1500, End, pairing);
        Assert.Equal(new[] { (1, 1), (6, 5) }, pairing.Paired); // 1000 is before the start; 2700-3300 lie in VF
        Assert.Empty(pairing.MissedReference);
        Assert.Empty(pairing.ExtraTest);
    }

    private static MatchCounts Compare(List<MatchEvent> reference, List<MatchEvent> test, long start) =>
        BxbMatcher.Compare(reference, test, Window, start, End);

    private static List<MatchEvent> Beats(params long[] times) =>
        times.Select(t => new MatchEvent(t, MatchEventKind.Beat)).ToList();
}
