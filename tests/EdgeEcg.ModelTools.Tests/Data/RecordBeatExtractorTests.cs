using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class RecordBeatExtractorTests
{
    [Fact]
    public void MissingRecord_NamesTheRecordAndTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-dir", "999");
        var e = Assert.Throws<FileNotFoundException>(() => RecordBeatExtractor.Extract(path, DspSettings.Default));
        Assert.Contains("record 999", e.Message, StringComparison.Ordinal);
        Assert.Contains("999.hea", e.Message, StringComparison.Ordinal);
    }

    private static readonly EdgeEcg.Wfdb.WfdbHeader Mitdb100 = EdgeEcg.Wfdb.WfdbHeader.Parse(
        "100 2 360 650000\n100.dat 212 200 11 1024 995 -22131 0 MLII\n100.dat 212 200 11 1024 1011 20052 0 V5\n", "100");

    private static readonly EdgeEcg.Wfdb.WfdbHeader IncartI01 = EdgeEcg.Wfdb.WfdbHeader.Parse(
        "I01 4 257 462600\nI01.dat 16 1000 16 0 0 0 0 I\nI01.dat 16 1000 16 0 0 0 0 V1\nI01.dat 16 1000 16 0 0 0 0 II\nI01.dat 16 1000 16 0 0 0 0 V1\n", "I01");

    private static readonly EdgeEcg.Wfdb.WfdbHeader Svdb800 = EdgeEcg.Wfdb.WfdbHeader.Parse(
        "800 2 128 230400\n800.dat 212 200 11 1024 0 0 0 ECG1\n800.dat 212 200 11 1024 0 0 0 ECG2\n", "800");

    [Theory]
    [InlineData("MLII,II,ECG1", 0, 2, 0)] // each database's usual lead, from one list
    [InlineData("II,0", 0, 2, 0)] // MIT-BIH has MLII, not II: the number is the fallback
    [InlineData("V5, ECG2, v1", 1, 1, 1)] // case-insensitive, the first signal of a name
    public void ALeadList_TakesTheFirstLeadEachRecordHas(string lead, int mitdb, int incart, int svdb)
    {
        Assert.Equal(mitdb, RecordBeatExtractor.LeadIndex(Mitdb100, lead));
        Assert.Equal(incart, RecordBeatExtractor.LeadIndex(IncartI01, lead));
        Assert.Equal(svdb, RecordBeatExtractor.LeadIndex(Svdb800, lead));
    }

    [Fact]
    public void ALeadListNoneOfWhichTheRecordHas_IsRefusedListingItsSignals()
    {
        var e = Assert.Throws<ArgumentException>(() => RecordBeatExtractor.LeadIndex(Svdb800, "II,V1"));
        Assert.StartsWith("record 800 has no lead 'II,V1'; its signals: 0 = ECG1, 1 = ECG2", e.Message, StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void Record100_GivesItsAamiBeatCounts()
    {
        // data/README.md: record 100 has 2273 beats (N 2239, A 33, V 1); beats whose 1 s window would leave the
        // recording (first and last beat) are skipped.
        BeatDataset d = RecordBeatExtractor.Extract(TestData.MitdbRecord("100"), DspSettings.Default);
        int[] c = d.ClassCounts();
        Assert.InRange(d.Count, 2270, 2273);
        Assert.InRange(c[(int)AamiClass.N], 2236, 2239);
        Assert.Equal(33, c[(int)AamiClass.S]);
        Assert.Equal(1, c[(int)AamiClass.V]);
        Assert.True(d.Images.Any(v => v != -128), "images are not all floor");
        Assert.Equal(BeatFeatures.Count, d.RrFeatureCount);
        // previous RR / local mean RR: about 1 for the normal rhythm, clearly below 1 for the premature A beats.
        double PreOverLocal(AamiClass c) => Enumerable.Range(0, d.Count).Where(i => d.Labels[i] == c).Average(i => d.RrFeatures[i * BeatFeatures.Count]);
        Assert.InRange(PreOverLocal(AamiClass.N), 0.95, 1.05);
        Assert.True(PreOverLocal(AamiClass.S) < 0.9, $"S pre/local {PreOverLocal(AamiClass.S):F3}");
    }
}
