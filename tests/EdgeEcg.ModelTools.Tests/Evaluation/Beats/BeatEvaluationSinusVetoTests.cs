using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>eval beats with --sinus-p-veto on DS1 record 220 (sinus rhythm with 94 atrial premature beats).</summary>
public sealed class BeatEvaluationSinusVetoTests
{
    private readonly ITestOutputHelper output;

    public BeatEvaluationSinusVetoTests(ITestOutputHelper output) => this.output = output;

    [EcgDataFact]
    public void SinusBeats_MatchTheSinusPTemplate_AndAtrialPrematureBeatsMostlyDoNot()
    {
        string record = TestData.MitdbRecord("220");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        Assert.Equal(detected.Count, detected.SinusPCorrelation.Length);
        var (partner, _) = BeatPairing.Pair(AnnotationFile.Read(record + ".atr").Where(a => a.IsBeat).Select(a => a.Sample).ToList(), detected.SourceSamples, 54);
        var reference = AnnotationFile.Read(record + ".atr").Where(a => a.IsBeat).ToList();
        float[] Of(AnnotationCode code) => Enumerable.Range(0, reference.Count)
            .Where(i => reference[i].Code == code && partner[i] >= 0 && detected.HasImage[partner[i]])
            .Select(i => detected.SinusPCorrelation[partner[i]]).OrderBy(c => c).ToArray();
        float[] normal = Of(AnnotationCode.Normal), apc = Of(AnnotationCode.Apc);
        output.WriteLine($"N: {normal.Length} beats, median {normal[normal.Length / 2]:F3}, 10th percentile {normal[normal.Length / 10]:F3}; " +
            $"A: {apc.Length} beats, median {apc[apc.Length / 2]:F3}, 90th percentile {apc[apc.Length * 9 / 10]:F3}");
        Assert.True(normal.Length > 1900 && apc.Length > 90);
        Assert.True(normal[normal.Length / 2] > 0.8f, "sinus beats correlate with the sinus P template");
        Assert.True(apc[apc.Length / 2] < 0.3f, "atrial premature beats mostly do not");
        Assert.True(normal[normal.Length / 10] > apc[apc.Length * 9 / 10], "the two distributions barely overlap");
    }

    [EcgDataFact]
    public void VetoedSCalls_AreWrittenAndScoredAsN_AndTheReportSaysHowMany()
    {
        string record = TestData.MitdbRecord("220");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var rule = new SvebSinusVeto(0.9);
        int sinusLike = Enumerable.Range(0, detected.Count).Count(j => detected.HasImage[j] && detected.SinusPCorrelation[j] >= 0.9);
        var labels = Enumerable.Repeat(AamiClass.S, detected.Count).ToArray();
        RecordBeatResult plain = BeatEvaluation.EvaluateRecord(record, detected, labels, null);
        string dir = Directory.CreateTempSubdirectory("edgeecg-veto-").FullName;
        try
        {
            RecordBeatResult vetoed = BeatEvaluation.EvaluateRecord(record, detected, labels, dir, new LabelRules(SinusVeto: rule));
            Assert.All(labels, l => Assert.Equal(AamiClass.S, l)); // the caller's labels are not changed
            Assert.Equal(0, plain.SinusVetoedS);
            Assert.Equal(sinusLike, vetoed.SinusVetoedS);
            Assert.Equal(plain.QrsAllBeats, vetoed.QrsAllBeats);
            // Nearly every vetoed call is on a reference N beat; few reference S beats lose their call.
            long nBecameN = vetoed.AllBeats.Paired[AamiClass.N, AamiClass.N] - plain.AllBeats.Paired[AamiClass.N, AamiClass.N];
            long sBecameN = vetoed.AllBeats.Paired[AamiClass.S, AamiClass.N] - plain.AllBeats.Paired[AamiClass.S, AamiClass.N];
            output.WriteLine($"{sinusLike} vetoed: reference N {nBecameN}, reference S {sBecameN}");
            Assert.True(nBecameN > 0.98 * (nBecameN + sBecameN), $"N {nBecameN}, S {sBecameN}");
            var written = AnnotationFile.Read(Path.Combine(dir, "220.edg")).Where(a => a.IsBeat).ToList();
            Assert.Equal(vetoed.AllBeats.Paired.PredictedCount(AamiClass.N) + vetoed.AllBeats.Extra[(int)AamiClass.N], written.Count(a => a.Code == AnnotationCode.Normal));

            BeatReport report = BeatReport.Create("220", "test", new string('0', 64), 0, new[] { vetoed }, DspSettings.Default.Hash, new LabelRules(SinusVeto: rule));
            using JsonDocument json = JsonDocument.Parse(BeatReportWriter.ToJson(report));
            JsonElement sv = json.RootElement.GetProperty("sinusVeto");
            Assert.Equal(0.9, sv.GetProperty("threshold").GetDouble());
            Assert.Equal(sinusLike, sv.GetProperty("relabelledS").GetInt64());
            Assert.Contains("Sinus P veto:", BeatReportWriter.ToMarkdown(report), StringComparison.Ordinal);
            Assert.Contains($"sinus P veto 0.9: {sinusLike} S calls reported N", BeatReportWriter.ToSummary(report), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
