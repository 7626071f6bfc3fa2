using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.TestSupport;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

/// <summary>
/// A small real cross-validation run for the tests of what reads its fold models: DS1 records 119 and 209, two folds
/// (fold 0 holds out 119, fold 1 holds out 209), one epoch, width 0.5, seed 3.
/// </summary>
internal sealed record TwoRecordRun(string[] Records, BeatDataset Data, IReadOnlyDictionary<string, DetectedBeats> Detected,
    TrainingOptions Options, string RunDirectory, CrossValidationResult Result)
{
    /// <summary>Builds the dataset under <paramref name="directory"/> and runs the cross-validation into <c>directory/a</c>.</summary>
    public static TwoRecordRun Create(string directory)
    {
        var records = new[] { "119", "209" };
        BeatDataset data = BeatDatasetCache.LoadOrBuild(Path.Combine(directory, "d.bin"), TestData.Mitdb, records, DspSettings.Default);
        var detected = records.ToDictionary(r => r, r => DetectedBeats.Run(TestData.MitdbRecord(r), DspSettings.Default));
        var options = new TrainingOptions(new BeatNetOptions(0.5, BeatFeatures.Count, 5), Epochs: 1, BatchSize: 64, Seed: 3);
        string run = Path.Combine(directory, "a");
        CrossValidationResult result = PatientCrossValidation.Run(data, records, 2, options, detected, TestData.Mitdb, run);
        return new TwoRecordRun(records, data, detected, options, run, result);
    }

    /// <summary>A copy of the run's fold models in <paramref name="directory"/> (an ensemble of identical members).</summary>
    public string CopyTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (string f in Directory.GetFiles(RunDirectory))
            File.Copy(f, Path.Combine(directory, Path.GetFileName(f)));
        return directory;
    }
}
