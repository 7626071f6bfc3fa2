using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>eval beats with --noise-reject: V calls in noisy beat windows are reported (and scored) as Q.</summary>
public sealed class BeatEvaluationNoiseRejectTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-reject-").FullName;

    [EcgDataFact]
    public void OnNstdb118e00_NoisyVCallsAreWrittenAndScoredAsQ_AndTheReportSaysHowMany()
    {
        string record = Path.Combine(TestData.Nstdb, "118e00");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        var rule = new VebNoiseReject(3);
        BeatWindowNoise[] windows = detected.WindowNoise;
        Assert.Equal(detected.Count, windows.Length);
        int noisy = Enumerable.Range(0, detected.Count).Count(j => detected.HasImage[j] && rule.IsNoisy(windows[j]));
        int quiet = Enumerable.Range(0, detected.Count).Count(j => detected.HasImage[j] && !rule.IsNoisy(windows[j]));
        Assert.True(noisy > 20 && quiet > noisy, $"{noisy} noisy, {quiet} quiet beat windows at 0 dB"); // noise in 2 of every 4 minutes after the fifth

        var labels = Enumerable.Repeat(AamiClass.V, detected.Count).ToArray();
        RecordBeatResult plain = BeatEvaluation.EvaluateRecord(record, detected, labels, null);
        RecordBeatResult rejected = BeatEvaluation.EvaluateRecord(record, detected, labels, dir, new LabelRules(rule));
        Assert.All(labels, l => Assert.Equal(AamiClass.V, l)); // the caller's labels are not changed
        Assert.Equal(0, plain.NoiseRejectedV);
        Assert.Equal(noisy, rejected.NoiseRejectedV);
        Assert.Equal(plain.QrsAllBeats, rejected.QrsAllBeats); // detection is not touched
        long V(ClassCounts c) => c.Paired.PredictedCount(AamiClass.V) + c.Extra[(int)AamiClass.V];
        long Q(ClassCounts c) => c.Paired.PredictedCount(AamiClass.Q) + c.Extra[(int)AamiClass.Q];
        Assert.Equal(V(plain.AllBeats) - V(rejected.AllBeats), Q(rejected.AllBeats) - Q(plain.AllBeats));
        Assert.True(Q(rejected.AllBeats) > 0);

        var written = AnnotationFile.Read(Path.Combine(dir, "118e00.edg")).Where(a => a.IsBeat).ToList();
        Assert.Equal(Q(rejected.AllBeats), written.Count(a => a.Code == AnnotationCode.Unknown));

        BeatReport report = BeatReport.Create("118e00", "test", new string('0', 64), 0, new[] { rejected }, DspSettings.Default.Hash, new LabelRules(rule));
        using JsonDocument json = JsonDocument.Parse(BeatReportWriter.ToJson(report));
        JsonElement nr = json.RootElement.GetProperty("noiseReject");
        Assert.Equal(3.0, nr.GetProperty("ratio").GetDouble());
        Assert.Equal(noisy, nr.GetProperty("relabelledV").GetInt64());
        Assert.Contains("Noise reject:", BeatReportWriter.ToMarkdown(report), StringComparison.Ordinal);
        Assert.Contains($"noise reject 3: {noisy} V calls withheld", BeatReportWriter.ToSummary(report), StringComparison.Ordinal);
        using JsonDocument without = JsonDocument.Parse(BeatReportWriter.ToJson(BeatReport.Create("118e00", "test", new string('0', 64), 0, new[] { plain }, DspSettings.Default.Hash)));
        Assert.False(without.RootElement.TryGetProperty("noiseReject", out _));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
