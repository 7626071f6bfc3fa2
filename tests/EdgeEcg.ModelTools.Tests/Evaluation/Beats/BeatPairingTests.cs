using EdgeEcg.ModelTools.Evaluation.Beats;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

public class BeatPairingTests
{
    [Fact]
    public void PairsWithinTheWindow_ReportsMissedAndExtraBeats()
    {
        long[] reference = { 100, 400, 700, 1000 };
        long[] detected = { 105, 390, 560, 1200 };
        var (partner, paired) = BeatPairing.Pair(reference, detected, window: 54);
        Assert.Equal(new[] { 0, 1, -1, -1 }, partner);
        Assert.Equal(new[] { true, true, false, false }, paired);
    }

    [Fact]
    public void TakesTheCloserOfTwoCandidates()
    {
        long[] reference = { 100 };
        long[] detected = { 60, 98 };
        var (partner, paired) = BeatPairing.Pair(reference, detected, window: 54);
        Assert.Equal(1, partner[0]);
        Assert.False(paired[0]);
    }
}
