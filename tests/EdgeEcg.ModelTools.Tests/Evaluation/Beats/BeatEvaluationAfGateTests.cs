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

/// <summary>eval beats with the atrial fibrillation gate on DS1 record 201 (episodes of atrial fibrillation).</summary>
public sealed class BeatEvaluationAfGateTests
{
    private readonly ITestOutputHelper output;

    public BeatEvaluationAfGateTests(ITestOutputHelper output) => this.output = output;

    [EcgDataFact]
    public void SCallsInFibrillation_AreWrittenAndScoredAsN_AndTheReportSaysHowMany()
    {
        string record = TestData.MitdbRecord("201");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var labels = Enumerable.Repeat(AamiClass.S, detected.Count).ToArray();
        RecordBeatResult plain = BeatEvaluation.EvaluateRecord(record, detected, labels, null);
        string dir = Directory.CreateTempSubdirectory("edgeecg-afgate-").FullName;
        try
        {
            RecordBeatResult gated = BeatEvaluation.EvaluateRecord(record, detected, labels, dir, new LabelRules(AfGate: true));
            Assert.All(labels, l => Assert.Equal(AamiClass.S, l)); // the caller's labels are not changed
            Assert.Equal(0, plain.AfGatedS);
            Assert.Equal(plain.QrsAllBeats, gated.QrsAllBeats);
            long nBecameN = gated.AllBeats.Paired[AamiClass.N, AamiClass.N] - plain.AllBeats.Paired[AamiClass.N, AamiClass.N];
            long sBecameN = gated.AllBeats.Paired[AamiClass.S, AamiClass.N] - plain.AllBeats.Paired[AamiClass.S, AamiClass.N];
            output.WriteLine($"{gated.AfGatedS} S calls gated: reference N {nBecameN}, reference S {sBecameN}");
            // 201 has about 900 beats of atrial fibrillation or flutter; with every beat called S no ventricular beat is
            // left out of the rhythm, so the flags also spill over its ventricular runs. Nine gated calls in ten are on
            // reference N beats (found 1176 N, 96 S).
            Assert.InRange(gated.AfGatedS, 500, 1600);
            Assert.True(nBecameN > 0.9 * (nBecameN + sBecameN), $"N {nBecameN}, S {sBecameN}");
            var written = AnnotationFile.Read(Path.Combine(dir, "201.edg")).Where(a => a.IsBeat).ToList();
            Assert.Equal(gated.AllBeats.Paired.PredictedCount(AamiClass.N) + gated.AllBeats.Extra[(int)AamiClass.N], written.Count(a => a.Code == AnnotationCode.Normal));

            BeatReport report = BeatReport.Create("201", "test", new string('0', 64), 0, new[] { gated }, DspSettings.Default.Hash, new LabelRules(AfGate: true));
            using JsonDocument json = JsonDocument.Parse(BeatReportWriter.ToJson(report));
            JsonElement g = json.RootElement.GetProperty("afGate");
            Assert.Equal(SvebAfGate.Name, g.GetProperty("detector").GetString());
            Assert.Equal(gated.AfGatedS, g.GetProperty("relabelledS").GetInt64());
            Assert.Contains("Atrial fibrillation gate:", BeatReportWriter.ToMarkdown(report), StringComparison.Ordinal);
            Assert.Contains($"AF gate: {gated.AfGatedS} S calls reported N", BeatReportWriter.ToSummary(report), StringComparison.Ordinal);
            using JsonDocument without = JsonDocument.Parse(BeatReportWriter.ToJson(BeatReport.Create("201", "test", new string('0', 64), 0, new[] { plain }, DspSettings.Default.Hash)));
            Assert.False(without.RootElement.TryGetProperty("afGate", out _));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [EcgDataFact]
    public void VentricularCalls_AreLeftOutOfTheRhythm_AndNeverGated()
    {
        // Record 201 with every beat called V: the detector sees no interval, so nothing is in fibrillation.
        string record = TestData.MitdbRecord("201");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var labels = Enumerable.Repeat(AamiClass.V, detected.Count).ToArray();
        RecordBeatResult gated = BeatEvaluation.EvaluateRecord(record, detected, labels, null, new LabelRules(AfGate: true));
        Assert.Equal(0, gated.AfGatedS);
        Assert.Equal(BeatEvaluation.EvaluateRecord(record, detected, labels, null).AllBeats.Paired[AamiClass.N, AamiClass.V], gated.AllBeats.Paired[AamiClass.N, AamiClass.V]);
    }
}
