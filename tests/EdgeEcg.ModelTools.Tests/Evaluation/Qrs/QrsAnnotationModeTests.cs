using System;
using System.IO;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.Records;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public sealed class QrsAnnotationModeTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-annotations-").FullName;

    [EcgDataTheory]
    [InlineData("mitdb", "208")]
    [InlineData("nstdb", "118e_6")]
    public void ScoringWrittenAnnotationsGivesTheSameFiguresAsTheDirectRun(string database, string record)
    {
        string dbDir = database == "mitdb" ? TestData.Mitdb : TestData.Nstdb;
        RecordSignal ecg = RecordSignal.Read(Path.Combine(dbDir, record), 0);
        ChainRecording run = ChainRecording.Run(ecg.Samples, ecg.SampleRateHz, MainsFrequency.Hz60, keepBeatsInUnreadable: false);
        AnnotationFile.Write(Path.Combine(dir, record + ".edg"), ChainAnnotations.FromEvents(run.Events));

        QrsEvaluationSettings direct = new();
        QrsRecordResult a = QrsEvaluation.EvaluateRecord(dbDir, record, direct);
        QrsRecordResult b = QrsEvaluation.EvaluateRecord(dbDir, record, direct with { AnnotationDirectory = dir, Annotator = "edg" });

        Assert.Equal(a, b);
        Assert.True(a.Scored.TruePositives > 1000);
        Assert.Equal(run.UnreadableSeconds > 0, a.UnreadableSeconds > 0);
    }

    [Fact]
    public void MissingAnnotationFileIsAClearError()
    {
        string db = Directory.CreateTempSubdirectory("edgeecg-db-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(db, "r1.hea"), "r1 1 360 1000\nr1.dat 212 200 11 1024 0 0 0 ECG\n");
            AnnotationFile.Write(Path.Combine(db, "r1.atr"), Array.Empty<Annotation>());
            FileNotFoundException e = Assert.Throws<FileNotFoundException>(() =>
                QrsEvaluation.EvaluateRecord(db, "r1", new QrsEvaluationSettings { AnnotationDirectory = dir, Annotator = "xyz" }));
            Assert.Contains("r1.xyz", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(db, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
