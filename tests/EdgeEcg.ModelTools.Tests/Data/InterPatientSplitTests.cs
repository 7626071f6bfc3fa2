using System;
using System.IO;
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
    public void Folds_WithoutPatientGroups_PutRecordIInFoldIModK()
    {
        var (_, val) = InterPatientSplit.Fold(InterPatientSplit.Ds1, 4, 1);
        Assert.Equal(new[] { "106", "114", "119", "203", "209", "230" }, val);
    }

    [Fact]
    public void Folds_KeepAPatientsRecordsTogether_AndCountPatientsNotRecords()
    {
        string file = Path.Combine(Path.GetTempPath(), "edgeecg-split-patients-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "a1 A\na2 A\na3 A\nb1 B\nc1 C\nc2 C\n");
        try
        {
            PatientGroups g = PatientGroups.Read(file);
            string[] records = { "a1", "b1", "a2", "c1", "a3", "c2", "d1" };
            var seen = new System.Collections.Generic.List<string>();
            for (int k = 0; k < 3; k++)
            {
                var (train, val) = InterPatientSplit.Fold(records, 3, k, g);
                Assert.Empty(train.Intersect(val));
                foreach (string r in val)
                    Assert.DoesNotContain(train, t => g.PatientOf(t) == g.PatientOf(r));
                seen.AddRange(val);
            }
            Assert.Equal(records.OrderBy(x => x), seen.OrderBy(x => x));
            Assert.Equal(new[] { "a1", "a2", "a3", "d1" }, InterPatientSplit.Fold(records, 3, 0, g).Validation); // patients A, B, C, d1 -> folds 0, 1, 2, 0
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => InterPatientSplit.Fold(records, 5, 0, g));
            Assert.Contains("(the number of patients)", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Resolve_AcceptsSplitNamesAndRecordLists() =>
        Assert.Equal(new[] { "100", "119" }, RecordFolders.Single("mitdb").Resolve(" 100, 119 "));

    [Fact]
    public void RefuseDs2_RefusesAnySplitWithDs2Records_NamingThem()
    {
        RecordFolders mitdb = RecordFolders.Single("mitdb");
        Assert.Equal(InterPatientSplit.Ds1, InterPatientSplit.RefuseDs2(mitdb.Resolve("ds1"), "ds1"));
        var e = Assert.Throws<System.ArgumentException>(() => InterPatientSplit.RefuseDs2(mitdb.Resolve("101,232,100"), "101,232,100"));
        Assert.Contains("232,100", e.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => InterPatientSplit.RefuseDs2(mitdb.Resolve("ds2"), "ds2"));
    }
}
