using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>
/// Scores, fold by fold, the ensemble of the fold models that cross-validation runs with different seeds trained on
/// the same patients: each held-out beat gets the class with the highest mean probability over the members
/// (<see cref="FoldEnsemble"/>, what an exported ensemble computes). It measures an ensemble release without
/// training anything more, because the folds of every seed hold out the same patients.
/// </summary>
public static class SeedEnsemble
{
    /// <summary>Scores the ensemble of <c>fold{k}.onnx</c> over the given run folders.</summary>
    /// <param name="runDirectories">One folder per seed, each holding <c>fold0.onnx</c>..<c>fold{folds-1}.onnx</c>.</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="detected">The device chain's beats of every record.</param>
    /// <param name="folders">Where the records are (reference annotations; a folder name converts).</param>
    /// <param name="rules">Rules that change the labels before they are scored (<see cref="LabelRules"/>), or null for none.</param>
    /// <param name="patients">Which records share a patient, as in the runs; null for one patient per record.</param>
    public static CrossValidationResult Score(IReadOnlyList<string> runDirectories, IReadOnlyList<string> records, int folds,
        IReadOnlyDictionary<string, DetectedBeats> detected, RecordFolders folders, LabelRules? rules = null, PatientGroups? patients = null)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        if (runDirectories.Count < 2)
            throw new ArgumentException($"an ensemble needs at least two runs, got {runDirectories.Count}", nameof(runDirectories));
        return ScoreFoldModels(runDirectories, records, folds, detected, folders, rules, patients);
    }

    /// <summary>
    /// Scores the fold models of one run (or the ensemble of several) on the held-out records' detected beats: each fold's
    /// models label the records that fold held out.
    /// </summary>
    /// <param name="runDirectories">One or more folders, each holding <c>fold0.onnx</c>..<c>fold{folds-1}.onnx</c>.</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="detected">The device chain's beats of every record (e.g. of a noisy copy, under the record's name).</param>
    /// <param name="folders">Where the records are (reference annotations; a folder name converts).</param>
    /// <param name="rules">Rules that change the labels before they are scored (<see cref="LabelRules"/>), or null for none.</param>
    /// <param name="patients">Which records share a patient, as in the runs; null for one patient per record.</param>
    public static CrossValidationResult ScoreFoldModels(IReadOnlyList<string> runDirectories, IReadOnlyList<string> records, int folds,
        IReadOnlyDictionary<string, DetectedBeats> detected, RecordFolders folders, LabelRules? rules = null, PatientGroups? patients = null)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(folders);
        var results = new List<RecordBeatResult>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        for (int k = 0; k < folds; k++)
        {
            using FoldEnsemble members = FoldEnsemble.Open(runDirectories, k, model => hash.AppendData(model));
            bytes += members.Bytes;
            foreach (string r in InterPatientSplit.Fold(records, folds, k, patients).Validation)
            {
                if (!detected.TryGetValue(r, out DetectedBeats? beats))
                    throw new ArgumentException($"no detected beats for record {r}", nameof(detected));
                results.Add(BeatEvaluation.EvaluateRecord(folders.PathOf(r), beats, members.Labels(beats.Inputs), null, rules));
            }
        }
        var ordered = records.Select(r => results.Single(x => x.Record == r)).ToArray();
        return new CrossValidationResult(ordered, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes);
    }
}
