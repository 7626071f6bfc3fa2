using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

/// <summary><c>train</c> on a small synthetic dataset cache (no ECG data needed).</summary>
[Collection(TorchCollection.Name)]
public sealed class TrainCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-train-").FullName;

    [Fact]
    public void NoExport_StopsAfterTraining()
    {
        string output = Path.Combine(root, "cv");
        int code = Run("--dataset", Cache(), "--split", "101,106", "--out", output, "--epochs", "1", "--batch", "32",
            "--width", "0.5", "--folds", "2", "--fold", "1", "--no-export");
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "checkpoints", EdgeEcg.ModelTools.Training.TrainingCheckpoint.LastWeightsFile)));
        Assert.Empty(Directory.EnumerateFiles(output, "*.onnx"));
        Assert.False(File.Exists(Path.Combine(output, "metadata.json")));
    }

    [Fact]
    public void Metadata_RecordsTheGivenCommand_TheRules_AndModelFileNamesWithoutWorkPaths()
    {
        string output = Path.Combine(root, "model");
        int code = Run("--dataset", Cache(), "--split", "101,106", "--out", output, "--epochs", "1", "--batch", "32",
            "--width", "0.5", "--calibration-beats", "90", "--recorded-command", "model-tools/recipe.sh", "--noise-reject", "2.5", "--run-veto", "--atrial-gate");
        Assert.Equal(0, code);
        using JsonDocument meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metadata.json")));
        Assert.Equal("model-tools/recipe.sh", meta.RootElement.GetProperty("command").GetString());
        JsonElement export = meta.RootElement.GetProperty("export");
        Assert.Equal("beat-classifier-int8.onnx", export.GetProperty("int8Path").GetString());
        Assert.Equal("beat-classifier-fp32.onnx", export.GetProperty("fp32Path").GetString());
        Assert.DoesNotContain(root, File.ReadAllText(Path.Combine(output, "metadata.json")), StringComparison.Ordinal);
        Assert.Equal(2.5, meta.RootElement.GetProperty("vebNoiseReject").GetDouble());
        Assert.Equal(EdgeEcg.ModelTools.Inference.SvebRunVeto.Name, meta.RootElement.GetProperty("svebRunVeto").GetString());
        Assert.Equal(EdgeEcg.ModelTools.Inference.SvebAtrialGate.Name, meta.RootElement.GetProperty("svebAtrialGate").GetString());
        foreach (string file in new[] { "beat-classifier-int8.onnx", "beat-classifier-fp32.onnx" })
        {
            using var model = new EdgeEcg.ModelTools.Inference.OnnxBeatClassifier(Path.Combine(output, file));
            Assert.Equal(2.5, model.NoiseReject!.Ratio); // eval beats and the device read the rule from the model file
            Assert.True(model.RunVeto);
            Assert.True(model.AtrialGate);
        }
    }

    [Fact]
    public void Members_TrainsEachWithItsOwnSeedAndCheckpoint_AndShipsOneEnsembleGraph()
    {
        string output = Path.Combine(root, "ensemble");
        int code = Run("--dataset", Cache(), "--split", "101,106", "--out", output, "--epochs", "1", "--batch", "32",
            "--width", "0.5", "--calibration-beats", "90", "--seed", "7", "--members", "2");
        Assert.Equal(0, code);
        foreach (string member in new[] { "member-0", "member-1" })
            Assert.True(File.Exists(Path.Combine(output, "checkpoints", member, EdgeEcg.ModelTools.Training.TrainingCheckpoint.LastWeightsFile)), member);
        using JsonDocument meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metadata.json")));
        Assert.Equal(new[] { 7, 8 }, meta.RootElement.GetProperty("memberSeeds").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(new[] { 1, 1 }, meta.RootElement.GetProperty("memberSelectedEpochs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains("ensemble of 2", meta.RootElement.GetProperty("tensors").GetProperty("logits").GetString(), StringComparison.Ordinal);
        Assert.False(meta.RootElement.TryGetProperty("memberTrainingOptions", out _)); // members trained alike: one description
        var graph = Onnx.ModelProto.Parser.ParseFrom(File.ReadAllBytes(Path.Combine(output, "beat-classifier-int8.onnx"))).Graph;
        Assert.Equal("edgeecg_beat_mobilenet_ensemble", graph.Name);
        Assert.Contains(graph.Node, n => n.OpType == "Log" && n.Output[0] == "logits");
    }

    [Fact]
    public void AugmentedSeeds_TrainOnlyThoseMembersWithTheAugmentation_AndTheMetadataRecordsEachMembersOptions()
    {
        string output = Path.Combine(root, "mixed");
        int code = Run("--dataset", Cache(), "--split", "101,106", "--out", output, "--epochs", "1", "--batch", "32",
            "--width", "0.5", "--calibration-beats", "90", "--seed", "7", "--members", "2",
            "--apc-augmentation", "0.5", "--apc-af-share", "0.5", "--augmented-seeds", "8");
        Assert.Equal(0, code);
        using JsonDocument meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metadata.json")));
        JsonElement[] members = meta.RootElement.GetProperty("memberTrainingOptions").EnumerateArray().ToArray();
        Assert.Equal(2, members.Length);
        using JsonDocument first = JsonDocument.Parse(members[0].GetString()!);
        using JsonDocument second = JsonDocument.Parse(members[1].GetString()!);
        Assert.Equal((7, 0.0, 0.0), (first.RootElement.GetProperty("Seed").GetInt32(), Value(first, "ApcAugmentation"), Value(first, "ApcAfShare")));
        Assert.Equal((8, 0.5, 0.5), (second.RootElement.GetProperty("Seed").GetInt32(), Value(second, "ApcAugmentation"), Value(second, "ApcAfShare")));
        Assert.Equal(members[0].GetString(), meta.RootElement.GetProperty("trainingOptions").GetString());
    }

    [Theory]
    [InlineData("9", "--augmented-seeds: seed 9 is not one this run trains (7,8)")]
    [InlineData("8,x", "--augmented-seeds: 'x' is not an integer")]
    public void AugmentedSeeds_NamingASeedTheRunDoesNotTrain_AreRefusedBeforeTraining(string seeds, string message)
    {
        string output = Path.Combine(root, "bad-seeds");
        (int code, string error) = CommandRun.Invoke(TrainCommand.Create(),
            "train", "--dataset", Cache(), "--split", "101,106", "--out", output, "--seed", "7", "--members", "2",
            "--apc-augmentation", "0.5", "--augmented-seeds", seeds);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "checkpoints")));
    }

    [Fact]
    public void AugmentedSeeds_WithoutAnAugmentation_AreRefused()
    {
        (int code, string error) = CommandRun.Invoke(TrainCommand.Create(),
            "train", "--dataset", Cache(), "--split", "101,106", "--out", Path.Combine(root, "no-aug"), "--members", "2", "--seed", "7", "--augmented-seeds", "8");
        Assert.Equal(2, code);
        Assert.Contains("--augmented-seeds chooses which seeds train with --apc-augmentation or --block-augmentation, and both are off", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_OutOfRange_AreRefusedWithTheirValue()
    {
        (int code, string error) = CommandRun.Invoke(TrainCommand.Create(),
            "train", "--dataset", Cache(), "--split", "101,106", "--out", Path.Combine(root, "bad"), "--members", "0");
        Assert.NotEqual(0, code);
        Assert.Contains("--members must be 1..8, got 0", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    // The options' JSON leaves out the augmentation settings at their default (0), as checkpoints made before them read.
    private static double Value(JsonDocument options, string name) =>
        options.RootElement.TryGetProperty(name, out JsonElement v) ? v.GetDouble() : 0.0;

    private string Cache() => SyntheticBeats.WriteCache(root);

    private static int Run(params string[] args)
    {
        RootCommand command = new("test");
        command.Subcommands.Add(TrainCommand.Create());
        return command.Parse(["train", .. args]).Invoke();
    }
}
