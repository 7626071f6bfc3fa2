using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.EndToEnd;

/// <summary>The whole recipe on two DS1 records and one epoch: dataset → train → FP32/INT8 export → ORT → eval beats.</summary>
[Collection(TorchCollection.Name)]
public sealed class TinyRecipeTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-e2e-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void DatasetTrainExportEvaluate_RunsAndTheExportsAgree()
    {
        string cache = Path.Combine(dir, "tiny.bin");
        var records = new[] { "119", "209" }; // DS1: V-rich and S-rich
        BeatDataset data = BeatDatasetCache.LoadOrBuild(cache, TestData.Mitdb, records, DspSettings.Default);
        Assert.True(File.Exists(cache));
        int[] counts = data.ClassCounts();
        Assert.True(counts[(int)AamiClass.V] > 400 && counts[(int)AamiClass.S] > 300, string.Join(",", counts));

        // A second load reuses the cache (same settings and records) and returns the same beats.
        Assert.Equal(data.Labels, BeatDatasetCache.LoadOrBuild(cache, TestData.Mitdb, records, DspSettings.Default).Labels);

        BeatDataset train = data.Select(Subsample.Stratified(data.Labels, 1500, seed: 1));
        var options = new TrainingOptions(new BeatNetOptions(0.5, BeatFeatures.Count, 5), Epochs: 1, BatchSize: 64, Seed: 5,
            CheckpointDirectory: Path.Combine(dir, "ckpt"));
        TrainingResult result = new BeatTrainer(options).Train(train, null);

        ExportResult export = ModelExporter.Export(result.Network, train.Select(Subsample.Stratified(train.Labels, 400, 2)), train,
            Path.Combine(dir, "model"), new[] { new KeyValuePair<string, string>(OnnxBeatClassifier.DspHashMetadataKey, DspSettings.Default.Hash) });
        Assert.True(export.MaxAbsLogitDifference < 1e-3, $"TorchSharp vs ORT FP32: {export.MaxAbsLogitDifference}");
        Assert.True(export.AgreementByMethod[export.CalibrationMethod.ToString()] >= 0.97, $"INT8/FP32 agreement {export.AgreementByMethod[export.CalibrationMethod.ToString()]}");
        Assert.Equal(0, export.RemainingFloatConv);
        Assert.True(export.Int8Bytes < export.Fp32Bytes && export.Int8Bytes <= 128 * 1024, $"INT8 {export.Int8Bytes} B, FP32 {export.Fp32Bytes} B");

        using var model = new OnnxBeatClassifier(export.Int8Path);
        Assert.Equal(DspSettings.Default.Hash, model.DspSettingsHash);
        RecordBeatResult r = BeatEvaluation.EvaluateRecord(TestData.MitdbRecord("119"), model, DspSettings.Default, Path.Combine(dir, "ann"));
        Assert.True(r.QrsEc57.Sensitivity > 99, $"QRS Se {r.QrsEc57.Sensitivity}");
        Assert.True(File.Exists(Path.Combine(dir, "ann", "119.edg")));

        BeatReport report = BeatReport.Create("119", export.Int8Path, new[] { r }, DspSettings.Default.Hash, model.DspSettingsHash);
        using JsonDocument json = JsonDocument.Parse(BeatReportWriter.ToJson(report));
        JsonElement root = json.RootElement;
        Assert.Equal("119", root.GetProperty("split").GetString());
        Assert.Equal(export.Int8Bytes, root.GetProperty("model").GetProperty("bytes").GetInt64());
        Assert.Equal(64, root.GetProperty("model").GetProperty("sha256").GetString()!.Length);
        foreach (string k in new[] { "qrs", "veb", "sveb" })
            Assert.True(root.GetProperty(k).TryGetProperty("se", out _) && root.GetProperty(k).TryGetProperty("ppv", out _), k);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("macroF1").ValueKind);
        Assert.Equal(5, root.GetProperty("confusion").GetArrayLength());
        long paired = root.GetProperty("confusion").EnumerateArray().Sum(row => row.EnumerateArray().Sum(v => v.GetInt64()));
        Assert.Equal(r.Ec57.Paired.Total, paired);
        Assert.Contains("| gross (EC57) |", BeatReportWriter.ToMarkdown(report), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
