using System.Linq;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class SubsampleTests
{
    [Fact]
    public void KeepsRareClasses_AndIsSeeded()
    {
        var labels = Enumerable.Repeat(AamiClass.N, 10000).Concat(Enumerable.Repeat(AamiClass.S, 30)).ToArray();
        int[] a = Subsample.Stratified(labels, 1000, seed: 1);
        int[] b = Subsample.Stratified(labels, 1000, seed: 1);
        Assert.Equal(a, b);
        Assert.Equal(30, a.Count(i => labels[i] == AamiClass.S)); // at least min(30, 1000/20)
        Assert.InRange(a.Length, 990, 1030);
        Assert.Equal(a.OrderBy(x => x), a);
    }
}
