using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>train</c>: trains the MobileNet beat classifier on a DS1 dataset and exports FP32 + INT8 ONNX with checks.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string> output = new("--out") { Description = "Output folder for models, metadata and checkpoints", Required = true };
        Option<int> seed = new("--seed") { DefaultValueFactory = _ => 20261125, Description = "Seed" };
        Option<int> folds = new("--folds") { DefaultValueFactory = _ => 0, Description = "Patient-wise folds of the training records; with --fold, that fold is held out for epoch selection (0 = no validation)" };
        Option<int> fold = new("--fold") { DefaultValueFactory = _ => 0, Description = "Held-out fold (0-based)" };
        Option<int> calibrationBeats = new("--calibration-beats") { DefaultValueFactory = _ => 4000, Description = "Training beats used for INT8 calibration (stratified sample)" };
        Option<string> version = new("--model-version") { DefaultValueFactory = _ => "0.1.0-dev", Description = "Model version recorded in the metadata" };
        Option<bool> noExport = new("--no-export") { Description = "Stop after training (cross-validation runs: no ONNX export, checks or metadata)" };
        Option<string?> recordedCommand = new("--recorded-command") { Description = "Command recorded in metadata.json (default: this train command line); the recipe passes itself so no work paths are recorded" };
        Option<int> members = new("--members") { DefaultValueFactory = _ => 1, Description = "Networks in the shipped ensemble (member k trained with seed + k; the exported graph outputs the mean of their probabilities)" };
        Option<string?> noiseReject = new("--noise-reject") { Description = "Ship the V noise reject rule with the model (ONNX metadata): a V call whose beat window's activity outside the QRS exceeds this many times its QRS range is reported Q (e.g. 3)" };
        Option<string?> sinusVeto = new("--sinus-p-veto") { Description = "Ship the S veto with the model (ONNX metadata): an S call whose P-wave region correlates with the patient's sinus P template at this threshold or more is reported N (e.g. 0.9)" };
        Option<bool> afGate = new("--af-gate") { Description = "Ship the atrial fibrillation gate with the model (ONNX metadata): an S call of a beat the device's RR detector places in atrial fibrillation is reported N" };
        Option<bool> runVeto = new("--run-veto") { Description = "Ship the run veto with the model (ONNX metadata): an S call of a beat in a regular run at a normal rate is reported N" };
        Option<bool> atrialGate = new("--atrial-gate") { Description = "Ship the atrial gate with the model (ONNX metadata): an S call of a beat whose recent atrial activity is disorganised (P-wave regions that do not repeat) is reported N" };
        Option<int> maxBeats = new("--max-beats") { DefaultValueFactory = _ => 0, Description = "Use at most this many training beats (0 = all; for smoke tests)" };
        Command command = new("train", "Train the INT8 MobileNet beat classifier (TorchSharp), export FP32 and INT8 QDQ ONNX and verify them with ONNX Runtime");
        var developmentData = new DevelopmentDataCli();
        var training = new TrainingOptionsCli();
        developmentData.AddTo(command);
        foreach (Option o in new Option[] { output, seed, folds, fold, calibrationBeats, version, maxBeats, members, noExport, recordedCommand, noiseReject, sinusVeto, afGate, runVeto, atrialGate })
            command.Options.Add(o);
        training.AddTo(command);
        command.SetAction(parse => CliErrors.Run("train", () =>
        {
            VebNoiseReject? reject = parse.GetValue(noiseReject) is string nr ? VebNoiseReject.Parse(nr) : null;
            SvebSinusVeto? veto = parse.GetValue(sinusVeto) is string sv ? SvebSinusVeto.Parse(sv) : null;
            DevelopmentData loaded = developmentData.Load(parse);
            IReadOnlyList<string> records = loaded.Records;
            BeatDataset all = loaded.Beats;
            IReadOnlyList<string> trainRecords = records;
            IReadOnlyList<string> valRecords = Array.Empty<string>();
            if (parse.GetValue(folds) > 0)
                (trainRecords, valRecords) = InterPatientSplit.Fold(records, parse.GetValue(folds), parse.GetValue(fold), loaded.Patients);
            BeatDataset train = all.SelectRecords(trainRecords);
            BeatDataset? val = valRecords.Count > 0 ? all.SelectRecords(valRecords) : null;
            if (parse.GetValue(maxBeats) > 0 && train.Count > parse.GetValue(maxBeats))
                train = train.Select(Subsample.Stratified(train.Labels, parse.GetValue(maxBeats), parse.GetValue(seed)));

            string outDir = parse.GetValue(output)!;
            int memberCount = parse.GetValue(members);
            if (memberCount < 1 || memberCount > 8)
                throw new ArgumentException($"--members must be 1..8, got {memberCount}");
            int[] memberSeeds = Enumerable.Range(0, memberCount).Select(m => parse.GetValue(seed) + m).ToArray();
            training.CheckAugmentation(parse, memberSeeds);
            TrainingOptions options = training.Build(parse, parse.GetValue(seed), Path.Combine(outDir, "checkpoints"));
            int[] c = train.ClassCounts();
            Console.WriteLine($"train: {train.Count} beats from {trainRecords.Count} records (N {c[0]}, S {c[1]}, V {c[2]}, F {c[3]}, Q {c[4]}); validation: {val?.Count ?? 0} beats from {valRecords.Count} records");
            var clock = Stopwatch.StartNew();
            var lastPrint = TimeSpan.Zero;
            var progress = new SynchronousProgress<TrainingProgress>(p =>
            {
                if (p.Batch == p.Batches || clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(15))
                {
                    lastPrint = clock.Elapsed;
                    Console.WriteLine(p.ToString());
                }
            });
            var results = new List<TrainingResult>();
            var memberOptionList = new List<TrainingOptions>();
            var epochLog = new List<string>();
            for (int m = 0; m < memberCount; m++)
            {
                // One network keeps the plain layout; ensemble members each get their own seed and checkpoint folder.
                // With --augmented-seeds the members' options differ in their augmentations.
                TrainingOptions memberOptions = memberCount == 1 ? options
                    : training.Build(parse, memberSeeds[m], Path.Combine(outDir, "checkpoints", $"member-{m}"));
                memberOptionList.Add(memberOptions);
                if (memberCount > 1)
                    Console.WriteLine($"member {m + 1}/{memberCount}: seed {memberOptions.Seed}" + (memberOptions.ApcAugmentation != options.ApcAugmentation || memberOptions.BlockAugmentation != options.BlockAugmentation
                        ? $" (augmentation: apc {memberOptions.ApcAugmentation}, af share {memberOptions.ApcAfShare}, block {memberOptions.BlockAugmentation})" : ""));
                TrainingResult trained = new BeatTrainer(memberOptions, progress).Train(train, val);
                results.Add(trained);
                epochLog.AddRange(trained.EpochLog.Select(l => memberCount == 1 ? l : $"member {m} (seed {memberOptions.Seed}): {l}"));
                Console.WriteLine($"training: {clock.Elapsed:hh\\:mm\\:ss}, selected epoch {trained.SelectedEpoch}" + (double.IsNaN(trained.ValidationMacroF1) ? ""
                    : $" (validation macro-F1 {trained.ValidationMacroF1:F2}: optimistic, the held-out fold chose the epoch; `cv` scores held-out patients without choosing)"));
            }
            TrainingResult result = results[0];
            if (parse.GetValue(noExport))
                return;

            BeatDataset calibration = train.Select(Subsample.Stratified(train.Labels, parse.GetValue(calibrationBeats), parse.GetValue(seed) + 1));
            var meta = new List<KeyValuePair<string, string>>
            {
                new("edgeecg.model_version", parse.GetValue(version)!),
                new(OnnxBeatClassifier.DspHashMetadataKey, DspSettings.Default.Hash),
                new("edgeecg.classes", "N,S,V,F,Q"),
            };
            if (reject is not null)
                meta.Add(new(OnnxBeatClassifier.NoiseRejectMetadataKey, reject.ToString()));
            if (veto is not null)
                meta.Add(new(OnnxBeatClassifier.SinusVetoMetadataKey, veto.ToString()));
            if (parse.GetValue(afGate))
                meta.Add(new(OnnxBeatClassifier.AfGateMetadataKey, SvebAfGate.Name));
            if (parse.GetValue(runVeto))
                meta.Add(new(OnnxBeatClassifier.RunVetoMetadataKey, SvebRunVeto.Name));
            if (parse.GetValue(atrialGate))
                meta.Add(new(OnnxBeatClassifier.AtrialGateMetadataKey, SvebAtrialGate.Name));
            ExportResult export = ModelExporter.Export(results.Select(r => r.Network).ToArray(), calibration, train, outDir, meta);
            Console.WriteLine($"export: FP32 {export.Fp32Bytes} B, INT8 {export.Int8Bytes} B; max |TorchSharp - ORT FP32| logit {export.MaxAbsLogitDifference:E2} over {export.CheckBeats} beats");
            Console.WriteLine("INT8/FP32 label agreement: " + string.Join(", ", export.AgreementByMethod.Select(kv => $"{kv.Key} {kv.Value:P2}")) + $"; chosen {export.CalibrationMethod}");
            Console.WriteLine($"ORT optimised INT8 graph: {export.FusedQLinearConv} QLinearConv, {export.RemainingFloatConv} float Conv");
            new ModelMetadata
            {
                ModelVersion = parse.GetValue(version)!,
                Tensors = new Dictionary<string, string>
                {
                    ["spectrogram"] = BeatFeatures.RelativeImage
                        ? "float32 [N,1,32,32]: (BeatSpectrogram int8 code - running template of the previous beats' codes, rounded, clamped to +-127) / 128, [frequency][time]; BeatFeatures/TemplateFeatures"
                        : "float32 [N,1,32,32]: BeatSpectrogram int8 code / 128 (code = round(dB re 1 LSB / 0.5) - 128), [frequency][time]",
                    ["rr"] = $"float32 [N,{BeatFeatures.Count}]: beat features ({BeatFeatures.Description}): {string.Join(", ", RrFeatures.Names)}; " +
                        $"against the running spectrogram template (codes/128): {string.Join(", ", TemplateFeatures.Names)}",
                    ["logits"] = "float32 [N,5]: log-probabilities of N, S, V, F, Q (softmax-compatible logits); S from the rhythm-only path: log sigmoid(z), the others log sigmoid(-z) + log-softmax of the joined path" +
                        (memberCount == 1 ? "" : $"; ensemble of {memberCount} such networks: log of the mean of their probabilities (each floored at exp({BeatNetOnnxExporter.EnsembleLogFloor}))"),
                },
                Quantization = new Dictionary<string, string>
                {
                    ["weights"] = "int8 symmetric per output channel (DequantizeLinear axis 0), biases int32",
                    ["activations"] = "int8 asymmetric per tensor, static calibration on DS1 training beats",
                    ["calibration"] = $"{export.CalibrationMethod} over {calibration.Count} beats",
                    ["spectrogram_input"] = "scale 1/128, zero point 0 (exactly the int8 codes)",
                    ["rr_input"] = "float; standardised in float (folded batch normalisation, Mul + Add), then quantised like any activation",
                    ["output"] = "float after the last Gemm: LogSoftmax, Softplus, Mul, Add" + (memberCount == 1 ? "" : "; ensemble mean in float: Max, Exp, Sum, Mul, Log"),
                },
                DspSettingsHash = DspSettings.Default.Hash,
                DspSettings = DspSettings.Default.CanonicalText,
                TrainingRecords = trainRecords,
                ValidationRecords = valRecords,
                TrainingOptions = TrainingCheckpoint.Describe(options),
                Seed = options.Seed,
                TrainingBeats = loaded.Source.Description,
                MemberSeeds = memberSeeds,
                MemberTrainingOptions = MemberDescriptions(memberOptionList),
                SelectedEpoch = result.SelectedEpoch,
                MemberSelectedEpochs = results.Select(r => r.SelectedEpoch).ToArray(),
                VebNoiseReject = reject?.Ratio,
                SvebSinusVeto = veto?.Threshold,
                SvebAfGate = parse.GetValue(afGate) ? SvebAfGate.Name : null,
                SvebRunVeto = parse.GetValue(runVeto) ? SvebRunVeto.Name : null,
                SvebAtrialGate = parse.GetValue(atrialGate) ? SvebAtrialGate.Name : null,
                Command = parse.GetValue(recordedCommand) ?? "edgeecg-model " + string.Join(" ", Environment.GetCommandLineArgs().Skip(1)),
                Export = export with { Fp32Path = Path.GetFileName(export.Fp32Path), Int8Path = Path.GetFileName(export.Int8Path) },
                EpochLog = epochLog,
            }.Write(Path.Combine(outDir, "metadata.json"));
        }));
        return command;
    }

    /// <summary>Each member's training options (JSON, seed left out) when they differ beyond the seed; otherwise null.</summary>
    private static IReadOnlyList<string>? MemberDescriptions(IReadOnlyList<TrainingOptions> members)
    {
        string[] described = members.Select(o => TrainingCheckpoint.Describe(o with { Seed = 0 })).ToArray();
        return described.Distinct(StringComparer.Ordinal).Count() > 1 ? members.Select(TrainingCheckpoint.Describe).ToArray() : null;
    }
}
