using System;
using System.IO;
using System.Linq;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.Records;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>Beats in stretches the chain declares unreadable are not reported by eval beats, as by the device and eval qrs.</summary>
public sealed class BeatEvaluationUnreadableTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-unread-").FullName;

    [EcgDataFact]
    public void OnANoisyRecord_QrsCountsEqualEvalQrs_AndSuppressedBeatsAreNeitherScoredNorWritten()
    {
        string record = Path.Combine(TestData.Nstdb, "118e_6");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        Assert.NotEmpty(detected.UnreadableSpans);
        int suppressed = detected.Suppressed.Count(x => x);
        Assert.InRange(suppressed, 50, detected.Count / 2);
        foreach (int j in Enumerable.Range(0, detected.Count).Where(j => detected.Suppressed[j]))
            Assert.Contains(detected.UnreadableSpans, s => detected.SourceSamples[j] >= s.Start && detected.SourceSamples[j] < s.End);

        var labels = Enumerable.Repeat(AamiClass.V, detected.Count).ToArray(); // everything V: suppressed beats must not count
        RecordBeatResult r = BeatEvaluation.EvaluateRecord(record, detected, labels, dir);
        QrsRecordResult qrs = QrsEvaluation.EvaluateRecord(TestData.Nstdb, "118e_6", new QrsEvaluationSettings { Database = "nstdb" });

        Assert.Equal(qrs.Scored, r.QrsEc57);
        Assert.Equal(qrs.AllBeats, r.QrsAllBeats);
        long labelledV = r.AllBeats.Paired.PredictedCount(AamiClass.V) + r.AllBeats.Extra[(int)AamiClass.V];
        // Beats without a complete window (record edges) are reported as N.
        Assert.Equal(Enumerable.Range(0, detected.Count).Count(j => !detected.Suppressed[j] && detected.HasImage[j]), labelledV);

        var written = AnnotationFile.Read(Path.Combine(dir, "118e_6.edg"));
        Assert.Equal(detected.Count - suppressed, written.Count(a => a.IsBeat));
        Assert.Equal(2 * detected.UnreadableSpans.Count, written.Count(a => a.Code == AnnotationCode.Noise));
    }

    [EcgDataFact]
    public void OnANoisyRecord_TheEvaluatedEventsAreThoseAnnotateWrites()
    {
        // One interleaving of beats and unreadable stretches (UnreadableStretches.Interleave) for the device's annotate
        // and eval qrs (ChainRecording) and for eval beats (DetectedBeats).
        string record = Path.Combine(TestData.Nstdb, "118e_6");
        DetectedBeats detected = DetectedBeats.Run(record, DspSettings.Default);
        RecordSignal ecg = RecordSignal.Read(record, RecordBeatExtractor.LeadIndex(WfdbHeader.Read(record)));
        ChainRecording annotate = ChainRecording.Run(ecg.Samples, ecg.SampleRateHz, DspSettings.Default.Mains);
        Assert.True(annotate.SuppressedBeatCount > 0);
        Assert.Equal(annotate.SuppressedBeatCount, detected.Suppressed.Count(x => x));
        Assert.Equal(annotate.Events, detected.Events);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
