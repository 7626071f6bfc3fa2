using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

/// <summary>The ensemble of cross-validation runs, on two DS1 records and two folds (one epoch).</summary>
[Collection(TorchCollection.Name)]
public sealed class SeedEnsembleTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-ens-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void EnsembleOfIdenticalRuns_ScoresLikeTheRun_AndEnsembleOfTwoSeedsIsScoredPerHeldOutRecord()
    {
        TwoRecordRun fx = TwoRecordRun.Create(dir);
        string[] records = fx.Records;
        var detected = fx.Detected;
        string a = fx.RunDirectory;
        string b = fx.CopyTo(Path.Combine(dir, "b"));
        CrossValidationResult run = fx.Result;

        CrossValidationResult same = SeedEnsemble.Score(new[] { a, b }, records, 2, detected, TestData.Mitdb);

        Assert.Equal(records, same.Records.Select(r => r.Record));
        Assert.Equal(2 * run.ModelBytes, same.ModelBytes);
        for (int k = 0; k < records.Length; k++)
            foreach (AamiClass c in BeatReport.Classes)
                Assert.Equal((run.Records[k].Ec57.Tp(c), run.Records[k].Ec57.Fn(c), run.Records[k].Ec57.Fp(c)),
                    (same.Records[k].Ec57.Tp(c), same.Records[k].Ec57.Fn(c), same.Records[k].Ec57.Fp(c)));

        // One run's fold models, re-scored, give the run's own result (what cv --noise-eval does for each seed).
        CrossValidationResult alone = SeedEnsemble.ScoreFoldModels(new[] { a }, records, 2, detected, TestData.Mitdb);
        Assert.Equal(run.ModelsSha256, alone.ModelsSha256);
        for (int k = 0; k < records.Length; k++)
            foreach (AamiClass c in BeatReport.Classes)
                Assert.Equal((run.Records[k].Ec57.Tp(c), run.Records[k].Ec57.Fn(c), run.Records[k].Ec57.Fp(c)),
                    (alone.Records[k].Ec57.Tp(c), alone.Records[k].Ec57.Fn(c), alone.Records[k].Ec57.Fp(c)));

        string c2 = Path.Combine(dir, "c");
        PatientCrossValidation.Run(fx.Data, records, 2, fx.Options with { Seed = 4 }, detected, TestData.Mitdb, c2);
        CrossValidationResult two = SeedEnsemble.Score(new[] { a, c2 }, records, 2, detected, TestData.Mitdb);
        Assert.NotEqual(same.ModelsSha256, two.ModelsSha256);
        Assert.All(two.Records, r => Assert.True(r.QrsEc57.Sensitivity > 99, $"{r.Record} QRS Se {r.QrsEc57.Sensitivity}"));
    }

    [Fact]
    public void OneRun_OrAMissingFoldModel_IsRefusedByName()
    {
        Directory.CreateDirectory(Path.Combine(dir, "x"));
        Directory.CreateDirectory(Path.Combine(dir, "y"));
        var detected = new System.Collections.Generic.Dictionary<string, DetectedBeats>();
        Assert.Throws<ArgumentException>(() => SeedEnsemble.Score(new[] { Path.Combine(dir, "x") }, new[] { "101", "106" }, 2, detected, "."));
        var e = Assert.Throws<FileNotFoundException>(() =>
            SeedEnsemble.Score(new[] { Path.Combine(dir, "x"), Path.Combine(dir, "y") }, new[] { "101", "106" }, 2, detected, "."));
        Assert.Contains(Path.Combine(dir, "x", "fold0.onnx"), e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
