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
