using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using Google.Protobuf;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>
/// Patient-wise k-fold cross-validation scored the way a released model is scored on DS2: for each fold a network is
/// trained on the other folds' patients (all epochs, no epoch selection on the held-out fold), exported to FP32 ONNX
/// and run through ONNX Runtime on the beats the device chain detects in each held-out record, then compared with
/// the reference under EC57 (150 ms window, first 5 minutes excluded). Every patient is held out exactly once, so the
/// per-record results pool into one report of the whole split.
/// </summary>
public static class PatientCrossValidation
{
    /// <summary>Runs the folds.</summary>
    /// <param name="dataset">Training beats of every record in <paramref name="records"/> (reference positions).</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/>.</param>
    /// <param name="folds">Number of folds (2..records).</param>
    /// <param name="options">Training options (its checkpoint folder is ignored: folds always start fresh).</param>
    /// <param name="detected">The device chain's beats of every record (<see cref="DetectedBeats.Run(string, DspSettings, string?)"/>), reused across runs.</param>
    /// <param name="folders">Where the records are (reference annotations; a folder name converts).</param>
    /// <param name="modelDirectory">When set, each fold's FP32 model is written there as <c>fold{k}.onnx</c>.</param>
    /// <param name="log">Receives a line per fold, or null.</param>
    /// <param name="rules">Rules that change the labels before they are scored (<see cref="LabelRules"/>), or null for none.</param>
    /// <param name="patients">Which records share a patient (each patient's records stay in one fold); null for one patient per record.</param>
    public static CrossValidationResult Run(BeatDataset dataset, IReadOnlyList<string> records, int folds, TrainingOptions options,
        IReadOnlyDictionary<string, DetectedBeats> detected, RecordFolders folders, string? modelDirectory = null, Action<string>? log = null,
        LabelRules? rules = null, PatientGroups? patients = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(folders);
        int patientCount = (patients ?? PatientGroups.OnePerRecord).Patients(records).Count;
        if (folds < 2 || folds > patientCount)
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"folds must be in 2..{patientCount} (the number of patients)");
        foreach (string r in records)
            if (!detected.ContainsKey(r))
                throw new ArgumentException($"no detected beats for record {r}", nameof(detected));
        string dspHash = DspSettings.Default.Hash;
        var results = new List<RecordBeatResult>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        for (int k = 0; k < folds; k++)
        {
            (IReadOnlyList<string> train, IReadOnlyList<string> heldOut) = InterPatientSplit.Fold(records, folds, k, patients);
            TrainingResult trained = new BeatTrainer(options with { CheckpointDirectory = null }).Train(dataset.SelectRecords(train), null);
            byte[] model;
            using (trained.Network)
                model = BeatNetOnnxExporter.ExportFloat(FoldedBeatNet.From(trained.Network),
                    new[] { new KeyValuePair<string, string>(OnnxBeatClassifier.DspHashMetadataKey, dspHash) }).ToByteArray();
            hash.AppendData(model);
            bytes += model.Length;
            if (modelDirectory is not null)
            {
                Directory.CreateDirectory(modelDirectory);
                File.WriteAllBytes(Path.Combine(modelDirectory, $"fold{k}.onnx"), model);
            }
            using var classifier = new OnnxBeatClassifier(model, $"cross-validation fold {k}");
            foreach (string r in heldOut)
                results.Add(BeatEvaluation.EvaluateRecord(folders.PathOf(r), detected[r], classifier, null, rules));
            log?.Invoke($"fold {k}: trained on {train.Count} records, scored {string.Join(",", heldOut)}");
        }
        var ordered = records.Select(r => results.Single(x => x.Record == r)).ToArray();
        return new CrossValidationResult(ordered, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes);
    }
}
