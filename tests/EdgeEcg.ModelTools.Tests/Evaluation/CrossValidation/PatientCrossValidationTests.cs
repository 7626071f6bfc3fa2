using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

/// <summary>Two DS1 records, two folds, one epoch: each record is scored by the model that did not see it.</summary>
[Collection(TorchCollection.Name)]
public sealed class PatientCrossValidationTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-cv-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void EveryRecordIsScoredOnce_ByTheFoldModelThatHeldItOut()
    {
        var records = new[] { "119", "209" }; // fold 0 holds out 119, fold 1 holds out 209 (record i -> fold i mod 2)
        BeatDataset data = BeatDatasetCache.LoadOrBuild(Path.Combine(dir, "d.bin"), TestData.Mitdb, records, DspSettings.Default);
        var detected = records.ToDictionary(r => r, r => DetectedBeats.Run(TestData.MitdbRecord(r), DspSettings.Default));
        var options = new TrainingOptions(new BeatNetOptions(0.5, BeatFeatures.Count, 5), Epochs: 1, BatchSize: 64, Seed: 3);
        string models = Path.Combine(dir, "models");

        CrossValidationResult cv = PatientCrossValidation.Run(data, records, 2, options, detected, TestData.Mitdb, models);

        Assert.Equal(records, cv.Records.Select(r => r.Record));
        Assert.Equal(64, cv.ModelsSha256.Length);
        Assert.Equal(new FileInfo(Path.Combine(models, "fold0.onnx")).Length + new FileInfo(Path.Combine(models, "fold1.onnx")).Length, cv.ModelBytes);
        for (int k = 0; k < 2; k++)
        {
            using var model = new OnnxBeatClassifier(Path.Combine(models, $"fold{k}.onnx"));
            RecordBeatResult again = BeatEvaluation.EvaluateRecord(TestData.MitdbRecord(records[k]), detected[records[k]], model, null);
            RecordBeatResult r = cv.Records[k];
            Assert.True(r.QrsEc57.Sensitivity > 99, $"{r.Record} QRS Se {r.QrsEc57.Sensitivity}");
            foreach (AamiClass c in BeatReport.Classes)
                Assert.Equal((again.Ec57.Tp(c), again.Ec57.Fn(c), again.Ec57.Fp(c)), (r.Ec57.Tp(c), r.Ec57.Fn(c), r.Ec57.Fp(c)));
        }
    }

    [EcgDataFact]
    public void DetectedBeatsOfAnotherRecord_AreRefused()
    {
        DetectedBeats other = DetectedBeats.Run(TestData.MitdbRecord("119"), DspSettings.Default);
        using var model = new OnnxBeatClassifier(Path.Combine(ShippedBundle(), "beat-classifier-int8.onnx"));
        var e = Assert.Throws<ArgumentException>(() => BeatEvaluation.EvaluateRecord(TestData.MitdbRecord("209"), other, model, null));
        Assert.Contains("119", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreFoldsThanRecords_AreRefused()
    {
        var data = new BeatDataset(1024, BeatFeatures.Count, Array.Empty<sbyte>(), Array.Empty<float>(), Array.Empty<AamiClass>(),
            Array.Empty<int>(), Array.Empty<long>(), new[] { "101" });
        var options = new TrainingOptions(new BeatNetOptions(0.5, BeatFeatures.Count, 5));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PatientCrossValidation.Run(data, new[] { "101" }, 2, options, new Dictionary<string, DetectedBeats>(), "."));
        Assert.Contains("2..1", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }

    private static string ShippedBundle()
    {
        DirectoryInfo? d = new(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "EdgeEcg.sln")))
            d = d.Parent;
        return Path.Combine(d!.FullName, "model-tools", "models", "beat-mobilenet-0.10.1");
    }
}
