using System;
using System.Runtime;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

// In the torch collection: GcPause is only used by torch code, so no other test holds a region meanwhile.
[Collection(TorchCollection.Name)]
public class GcPauseTests
{
    [Fact]
    public void APause_HoldsANoGcRegion_UntilDisposed()
    {
        using (GcPause pause = GcPause.Start())
        {
            Assert.True(pause.Active);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            int before = GC.CollectionCount(0);
            var keep = new object[1000];
            for (int i = 0; i < keep.Length; i++)
                keep[i] = new byte[100];
            Assert.Equal(before, GC.CollectionCount(0));
            GC.KeepAlive(keep);
        }
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void ANestedPause_IsInactive_AndLeavesTheOuterRegion()
    {
        using GcPause outer = GcPause.Start();
        using (GcPause inner = GcPause.Start())
            Assert.False(inner.Active);
        Assert.True(outer.Active);
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void ARegionEndedByACollection_DisposesQuietly()
    {
        GcPause pause = GcPause.Start();
        Assert.True(pause.Active);
        var big = new byte[GcPause.BudgetBytes * 2]; // more than the budget: the runtime collects and ends the region
        GC.KeepAlive(big);
        pause.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
