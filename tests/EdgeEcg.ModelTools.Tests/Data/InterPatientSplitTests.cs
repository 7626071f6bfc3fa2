using System.Linq;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class InterPatientSplitTests
{
    [Fact]
    public void Ds1AndDs2_AreDisjoint_22RecordsEach_WithoutPacedRecords()
    {
        Assert.Equal(22, InterPatientSplit.Ds1.Count);
        Assert.Equal(22, InterPatientSplit.Ds2.Count);
        Assert.Empty(InterPatientSplit.Ds1.Intersect(InterPatientSplit.Ds2));
        foreach (string paced in new[] { "102", "104", "107", "217" })
            Assert.DoesNotContain(paced, InterPatientSplit.Ds1.Concat(InterPatientSplit.Ds2));
    }

    [Fact]
    public void Folds_PartitionThePatients()
    {
        var seen = new System.Collections.Generic.List<string>();
        for (int k = 0; k < 4; k++)
        {
            var (train, val) = InterPatientSplit.Fold(InterPatientSplit.Ds1, 4, k);
            Assert.Empty(train.Intersect(val));
            Assert.Equal(22, train.Count + val.Count);
            seen.AddRange(val);
        }
        Assert.Equal(InterPatientSplit.Ds1.OrderBy(x => x), seen.OrderBy(x => x));
    }

    [Fact]
    public void Resolve_AcceptsSplitNamesAndRecordLists() =>
        Assert.Equal(new[] { "100", "119" }, InterPatientSplit.Resolve(" 100, 119 "));

    [Fact]
    public void ResolveForDevelopment_RefusesAnySplitWithDs2Records_NamingThem()
    {
        Assert.Equal(InterPatientSplit.Ds1, InterPatientSplit.ResolveForDevelopment("ds1"));
        var e = Assert.Throws<System.ArgumentException>(() => InterPatientSplit.ResolveForDevelopment("101,232,100"));
        Assert.Contains("232,100", e.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => InterPatientSplit.ResolveForDevelopment("ds2"));
    }
}
