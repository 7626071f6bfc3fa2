using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class AnnotationFileTests
{
    [EcgDataFact]
    public void Mitdb100_FirstAnnotations_MatchRdann()
    {
        // Golden values: PhysioNet `rdann -r mitdb/100 -a atr` first lines:
        // 18 + (N; 77 N; 370 N; 662 N; 946 N.
        IReadOnlyList<Annotation> a = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord("100")));

        Assert.Equal(new Annotation(18, AnnotationCode.Rhythm, aux: "(N\0"), a[0]);
        Assert.Equal("(N", a[0].Aux);
        Assert.Equal(new long[] { 77, 370, 662, 946 }, a.Skip(1).Take(4).Select(x => x.Sample));
        Assert.All(a.Skip(1).Take(4), x => Assert.Equal(AnnotationCode.Normal, x.Code));
    }

    [EcgDataFact]
    public void Mitdb100_BeatCounts_MatchDatabaseDocumentation()
    {
        // Source: /work/shared/data/README.md (mitdb): 100 = 2273 beats (N 2239, A 33, V 1).
        List<Annotation> beats = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord("100"))).Where(x => x.IsBeat).ToList();

        Assert.Equal(2273, beats.Count);
        Assert.Equal(2239, beats.Count(x => x.Code == AnnotationCode.Normal));
        Assert.Equal(33, beats.Count(x => x.Code == AnnotationCode.Apc));
        Assert.Equal(1, beats.Count(x => x.Code == AnnotationCode.Pvc));
    }

    [EcgDataTheory]
    [InlineData("208", 2955, "N 1586, V 992, F 373, S 2, Q 2")]
    [InlineData("232", 1780, "A 1382, R 397, j 1")]
    public void MitdbRecord_BeatsByMnemonic_MatchDatabaseDocumentation(string record, int total, string byMnemonic)
    {
        // Source: /work/shared/data/README.md (mitdb examples).
        List<Annotation> beats = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord(record))).Where(x => x.IsBeat).ToList();
        string actual = string.Join(", ", beats.GroupBy(x => AnnotationCodes.Mnemonic(x.Code))
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));

        Assert.Equal(total, beats.Count);
        Assert.Equal(byMnemonic, actual);
    }

    [EcgDataFact]
    public void Nstdb118e00_Annotations_EqualMitdb118()
    {
        // Source: /work/shared/data/README.md: the nstdb test records' .atr equal mitdb/118.atr.
        IReadOnlyList<Annotation> noisy = AnnotationFile.Read(Path.Combine(TestData.Nstdb, "118e00.atr"));
        IReadOnlyList<Annotation> clean = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord("118")));

        Assert.Equal(clean, noisy);
        Assert.NotEmpty(clean);
    }

    [EcgDataFact]
    public void AllMitdb_AnnotationTotals_MatchDatabaseDocumentation()
    {
        // Source: /work/shared/data/README.md: 109,494 beat annotations, 112,647 annotations over 48 records.
        // WFDB's isqrs (ecgmap.h) also counts ventricular flutter waves ('!', code 31) as QRS; mitdb has 472
        // of them (all in record 207), which the published beat count excludes.
        int isqrs = 0;
        int flutterWaves = 0;
        int all = 0;
        foreach (string name in MitdbRecords.Names)
        {
            IReadOnlyList<Annotation> a = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord(name)));
            all += a.Count;
            isqrs += a.Count(x => x.IsBeat);
            flutterWaves += a.Count(x => x.Code == AnnotationCode.FlutterWave);
        }

        Assert.Equal(112647, all);
        Assert.Equal(109494, isqrs - flutterWaves);
        Assert.Equal(472, flutterWaves);
    }

    [EcgDataTheory]
    [MemberData(nameof(RoundTripFiles))]
    public void MitdbAnnotationFile_WrittenBack_IsByteIdentical(string fileName)
    {
        string path = Path.Combine(TestData.Mitdb, fileName);
        byte[] original = File.ReadAllBytes(path);

        byte[] written = AnnotationFile.ToBytes(AnnotationFile.Read(path));

        Assert.Equal(original, written);
    }

    public static TheoryData<string> RoundTripFiles()
    {
        var data = new TheoryData<string> { "102-0.atr" };
        foreach (string name in MitdbRecords.Names)
        {
            data.Add(name + ".atr");
        }

        return data;
    }
}
