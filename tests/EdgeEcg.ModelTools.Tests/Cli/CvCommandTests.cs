using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

[Collection(TorchCollection.Name)]
public sealed class CvCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-cv-").FullName;

    [Fact]
    public void Seeds_AreParsedInOrder()
    {
        Assert.Equal(new[] { 1, 2, 30 }, CvCommand.ParseSeeds("1, 2,30"));
    }

    [Theory]
    [InlineData("1,x", "'x' is not an integer")]
    [InlineData("4,4", "seed 4 is given twice")]
    [InlineData(" , ", "no seed")]
    public void BadSeeds_AreRefusedNamingTheProblem(string text, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => CvCommand.ParseSeeds(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeeds_NameTheOptionTheyCameFrom()
    {
        var e = Assert.Throws<ArgumentException>(() => CvCommand.ParseSeeds("3,3", "--augmented-seeds"));
        Assert.Equal("--augmented-seeds: seed 3 is given twice", e.Message);
    }

    [Theory]
    [InlineData("5,6|--apc-augmentation|0.1|--augmented-seeds|6,7", "--augmented-seeds: seed 7 is not one this run trains (5,6)")]
    [InlineData("5|--weights-after-augmentation", "--weights-after-augmentation counts what --apc-augmentation or --block-augmentation change, and both are off")]
    public void AugmentationOptions_ThatCannotApply_AreRefusedBeforeAnythingIsLoaded(string seedsThenOptions, string message)
    {
        string[] extra = seedsThenOptions.Split('|');
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            ["cv", "--dataset", Path.Combine(root, "missing.bin"), "--split", "101,106", "--out", Path.Combine(root, "out"), "--seeds", .. extra]);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "missing.bin")));
    }

    [Fact]
    public void Ds2Records_AreRefusedBeforeAnythingIsLoaded()
    {
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(root, "missing.bin"), "--split", "101,100", "--out", Path.Combine(root, "out"));
        Assert.Equal(2, code);
        Assert.Contains("DS2", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "missing.bin")));
    }

    [EcgDataFact]
    public void Ds2Records_NamedByAFolder_AreRefusedToo()
    {
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(root, "missing.bin"), "--data", TestData.Mitdb, "--split", "mitdb", "--out", Path.Combine(root, "out"));
        Assert.Equal(2, code);
        Assert.Contains("split 'mitdb' includes DS2 record(s) 100,103,105,111", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "missing.bin")));
    }

    [EcgDataFact]
    public void Folds_CountPatients_SoRecordsOfOnePatientCannotFillTwoFolds()
    {
        string patients = Path.Combine(root, "patients.txt");
        File.WriteAllText(patients, "101 P\n106 P\n");
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", SyntheticBeats.WriteCache(root), "--split", "101,106", "--patients", patients, "--folds", "2", "--out", Path.Combine(root, "out"));
        Assert.Equal(2, code);
        Assert.Contains("--folds must be 2..1: the split holds 1 patients in 2 records", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out", "seed-20261125")));
    }

    [EcgDataFact]
    public void Cv_WritesAReportPerSeedAndTheSummaryWithItsCommandLine()
    {
        string output = Path.Combine(root, "out");
        RootCommand command = new("test");
        command.Subcommands.Add(CvCommand.Create());
        int code = command.Parse(["cv", "--dataset", SyntheticBeats.WriteCache(root), "--data", TestData.Mitdb, "--split", "101,106", "--folds", "2",
            "--seeds", "5,6", "--ensemble", "--block-stress", "--apc-stress", "--apc-augmentation", "0.5", "--apc-af-share", "0.5", "--noise-eval", "em:12", "--out", output,
            "--epochs", "1", "--batch", "32", "--width", "0.5"]).Invoke();
        Assert.Equal(0, code);
        foreach (string seed in new[] { "5", "6" })
        {
            Assert.True(File.Exists(Path.Combine(output, $"seed-{seed}.json")));
            Assert.True(File.Exists(Path.Combine(output, $"seed-{seed}", "fold1.onnx")));
            Assert.Contains($"Model `the 2 fold models of seed {seed}` (", File.ReadAllText(Path.Combine(output, $"seed-{seed}.md")), StringComparison.Ordinal);
        }
        Assert.Contains("Model `2-member ensembles of the seeds' fold models` (", File.ReadAllText(Path.Combine(output, "ensemble.md")), StringComparison.Ordinal);
        string md = File.ReadAllText(Path.Combine(output, "cv.md"));
        Assert.Contains("`edgeecg-model cv --dataset ", md, StringComparison.Ordinal);
        Assert.Contains("| 101,106 cv2 seed 6 |", md, StringComparison.Ordinal);
        Assert.Contains("| **ensemble of the 2 seeds** |", md, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "ensemble.json")));
        string stress = File.ReadAllText(Path.Combine(output, "block-stress.md"));
        Assert.Contains("- seed 5: N->S", stress, StringComparison.Ordinal);
        Assert.Contains("- ensemble of the seeds: N->S", stress, StringComparison.Ordinal);
        string apc = File.ReadAllText(Path.Combine(output, "apc-stress.md"));
        Assert.Contains("- seed 6: simulated premature beats called S", apc, StringComparison.Ordinal);
        Assert.Contains("- ensemble of the seeds: simulated premature beats called S", apc, StringComparison.Ordinal);
        Assert.Contains("--apc-augmentation 0.5 --apc-af-share 0.5", md, StringComparison.Ordinal);
        string noise = File.ReadAllText(Path.Combine(output, "noise-eval.md"));
        Assert.Contains("- em:12, seed 5: QRS Se", noise, StringComparison.Ordinal);
        Assert.Contains("- em:12, ensemble of the seeds: QRS Se", noise, StringComparison.Ordinal);
        Assert.Contains("false V from detections without a reference beat", noise, StringComparison.Ordinal);

        // The same fold models rescored with the atrial fibrillation gate: nothing is trained again.
        byte[] fold = File.ReadAllBytes(Path.Combine(output, "seed-5", "fold1.onnx"));
        code = command.Parse(["cv", "--dataset", SyntheticBeats.WriteCache(root), "--data", TestData.Mitdb, "--split", "101,106", "--folds", "2",
            "--seeds", "5,6", "--ensemble", "--apc-stress", "--out", output, "--rescore", "--af-gate"]).Invoke();
        Assert.Equal(0, code);
        Assert.Equal(fold, File.ReadAllBytes(Path.Combine(output, "seed-5", "fold1.onnx")));
        using JsonDocument ensembleJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "ensemble.json")));
        Assert.Equal(SvebAfGate.Name, ensembleJson.RootElement.GetProperty("afGate").GetProperty("detector").GetString());
        Assert.Contains("--rescore --af-gate", File.ReadAllText(Path.Combine(output, "cv.md")), StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void Rescore_WithoutSavedFoldModels_NamesTheMissingFile()
    {
        string output = Path.Combine(root, "empty");
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", SyntheticBeats.WriteCache(root), "--data", TestData.Mitdb, "--split", "101,106", "--folds", "2", "--seeds", "5", "--out", output, "--rescore");
        Assert.Equal(2, code);
        Assert.Contains(Path.Combine(output, "seed-5", "fold0.onnx"), error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedNoiseEval_IsRefusedBeforeAnythingIsLoaded()
    {
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(root, "missing.bin"), "--split", "101,106", "--noise-eval", "em12", "--out", Path.Combine(root, "out"));
        Assert.Equal(2, code);
        Assert.Contains("noise copy 'em12'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "missing.bin")));
    }

    [EcgDataTheory]
    [InlineData("--block-stress")]
    [InlineData("--apc-stress")]
    public void RhythmStress_OnADatasetWithNoiseCopies_IsRefusedBeforeTraining(string stressOption)
    {
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(root, "copies.bin"), "--data", TestData.Mitdb, "--split", "101,106", "--beats", "Detected",
            "--noise-copies", "ma:12", "--seeds", "5", stressOption, "--out", Path.Combine(root, "out"));
        Assert.Equal(2, code);
        Assert.Contains(stressOption, error, StringComparison.Ordinal);
        Assert.Contains("--noise-copies", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out", "seed-5")));
    }

    [Fact]
    public void Ensemble_OfOneSeed_IsRefusedBeforeTraining()
    {
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(root, "missing.bin"), "--split", "101,106", "--seeds", "5", "--ensemble", "--out", Path.Combine(root, "out"));
        Assert.NotEqual(0, code);
        Assert.Contains("--ensemble needs at least two --seeds", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
