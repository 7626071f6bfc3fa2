using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using EdgeEcg.ModelTools.Evaluation.Noise;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// <c>cv</c>: patient-wise k-fold cross-validation inside DS1, repeated over seeds, each held-out fold scored under
/// EC57 on the beats the device chain detects (<see cref="PatientCrossValidation"/>). The model-selection protocol:
/// configurations are compared on its pooled figures and their spread over seeds, never on DS2.
/// </summary>
public static class CvCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<int> folds = new("--folds") { DefaultValueFactory = _ => 4, Description = "Patient-wise folds" };
        Option<string> seeds = new("--seeds") { DefaultValueFactory = _ => "20261125", Description = "Comma-separated seeds; the whole cross-validation runs once per seed" };
        Option<bool> ensemble = new("--ensemble") { Description = "Also score the ensemble of the seeds' fold models (mean probability), as a release with --members would be" };
        Option<bool> blockStress = new("--block-stress") { Description = "Also score each seed's fold models (and the ensemble) on the held-out reference beats under simulated 2:1 AV block (BlockStress) into block-stress.md" };
        Option<bool> apcStress = new("--apc-stress") { Description = "Also score each seed's fold models (and the ensemble) on the held-out beats with simulated episodes of frequent atrial premature beats and sinus pauses (ApcStress) into apc-stress.md" };
        Option<string?> noiseEval = new("--noise-eval") { Description = "Also score each seed's fold models (and the ensemble) on the held-out records with nstdb noise added by nst's protocol, e.g. em:12,em:6, into noise-eval.md" };
        Option<string?> noiseReject = new("--noise-reject") { Description = "Score with V calls reported as Q when their beat window's activity outside the QRS exceeds this many times the QRS range (e.g. 3), as eval beats --noise-reject" };
        Option<string?> sinusVeto = new("--sinus-p-veto") { Description = "Score with S calls reported as N when their P-wave region correlates with the sinus P template at this threshold or more (e.g. 0.9), as eval beats --sinus-p-veto" };
        Option<bool> afGate = new("--af-gate") { Description = "Score with S calls reported as N when the device's RR detector places the beat in atrial fibrillation (also in the stresses), as eval beats --af-gate on" };
        Option<bool> atrialGate = new("--atrial-gate") { Description = "Score with S calls reported as N when the atrial activity before the recent beats is disorganised (P-wave regions that do not repeat, as in fibrillation; also in the stresses). `train --atrial-gate` ships it" };
        Option<bool> runVeto = new("--run-veto") { Description = "Score with S calls reported as N when the beat sits in a regular run at a normal rate (previous RR within 10 % of the RR before and after it, at least 0.6 s; also in the stresses). `train --run-veto` ships it" };
        Option<bool> rescore = new("--rescore") { Description = "Do not train: score the fold models an earlier run saved in --out (seed-<seed>/fold*.onnx), e.g. under other rules" };
        Option<string> output = new("--out") { Description = "Folder for the per-seed EC57 reports, the fold models and cv.md / cv.json", Required = true };
        var developmentData = new DevelopmentDataCli();
        var training = new TrainingOptionsCli();
        Command command = new("cv", "Patient-wise cross-validation inside DS1, repeated over seeds, scored under EC57 on the device chain's detected beats");
        developmentData.AddTo(command);
        foreach (Option o in new Option[] { folds, seeds, output, ensemble, blockStress, apcStress, noiseEval, noiseReject, sinusVeto, afGate, runVeto, atrialGate, rescore })
            command.Options.Add(o);
        training.AddTo(command);
        command.SetAction(parse => CliErrors.Run("cv", () =>
        {
            int[] seedList = ParseSeeds(parse.GetValue(seeds)!);
            training.CheckAugmentation(parse, seedList);
            if (parse.GetValue(ensemble) && seedList.Length < 2)
                throw new ArgumentException("--ensemble needs at least two --seeds (the ensemble is made of the seeds' fold models)");
            NoiseCopy[] noiseLevels = NoiseCopy.ParseList(parse.GetValue(noiseEval));
            VebNoiseReject? reject = parse.GetValue(noiseReject) is string nr ? VebNoiseReject.Parse(nr) : null;
            SvebSinusVeto? veto = parse.GetValue(sinusVeto) is string sv ? SvebSinusVeto.Parse(sv) : null;
            var rules = new LabelRules(reject, veto, parse.GetValue(afGate), parse.GetValue(runVeto), parse.GetValue(atrialGate));
            DevelopmentData loaded = developmentData.Load(parse);
            if (parse.GetValue(blockStress) && loaded.Source.NoiseCopies.Count > 0)
                throw new ArgumentException("--block-stress simulates AV block on one copy of each record; it cannot run on a dataset with --noise-copies");
            if (parse.GetValue(apcStress) && loaded.Source.NoiseCopies.Count > 0)
                throw new ArgumentException("--apc-stress simulates premature beats on one copy of each record; it cannot run on a dataset with --noise-copies");
            IReadOnlyList<string> records = loaded.Records;
            RecordFolders db = loaded.Folders;
            PatientGroups patients = loaded.Patients;
            int patientCount = patients.Patients(records).Count;
            if (parse.GetValue(folds) < 2 || parse.GetValue(folds) > patientCount)
                throw new ArgumentException($"--folds must be 2..{patientCount}: the split holds {patientCount} patients in {records.Count} records");
            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            DspSettings settings = DspSettings.Default;
            var detected = records.ToDictionary(r => r, r => DetectedBeats.Run(db.PathOf(r), settings, loaded.Source.Lead));
            var reports = new List<BeatReport>();
            foreach (int seed in seedList)
            {
                string seedDir = Path.Combine(outDir, $"seed-{seed}");
                CrossValidationResult result = parse.GetValue(rescore)
                    ? SeedEnsemble.ScoreFoldModels(new[] { seedDir }, records, parse.GetValue(folds), detected, db, rules, patients)
                    : PatientCrossValidation.Run(loaded.Beats, records, parse.GetValue(folds), training.Build(parse, seed, null),
                        detected, db, seedDir, line => Console.WriteLine($"seed {seed} {line}"), rules, patients);
                BeatReport report = BeatReport.Create($"{loaded.Split} cv{parse.GetValue(folds)} seed {seed}",
                    $"the {parse.GetValue(folds)} fold models of seed {seed}", result.ModelsSha256, result.ModelBytes, result.Records, settings.Hash, rules);
                File.WriteAllText(Path.Combine(outDir, $"seed-{seed}.json"), BeatReportWriter.ToJson(report));
                File.WriteAllText(Path.Combine(outDir, $"seed-{seed}.md"), BeatReportWriter.ToMarkdown(report));
                Console.WriteLine(BeatReportWriter.ToSummary(report));
                reports.Add(report);
            }
            string[] seedDirs = seedList.Select(s => Path.Combine(outDir, $"seed-{s}")).ToArray();
            // The fold models the stress measurements score: each seed's, then (with --ensemble) all seeds' together.
            var runs = seedList.Select((s, i) => ($"seed {s}", (IReadOnlyList<string>)new[] { seedDirs[i] })).ToList();
            if (parse.GetValue(ensemble))
                runs.Add(("ensemble of the seeds", seedDirs));
            BeatReport? ensembleReport = null;
            if (parse.GetValue(ensemble))
            {
                CrossValidationResult result = SeedEnsemble.Score(seedDirs, records,
                    parse.GetValue(folds), detected, db, rules, patients);
                ensembleReport = BeatReport.Create($"{loaded.Split} cv{parse.GetValue(folds)} ensemble of seeds {string.Join(",", seedList)}",
                    $"{seedList.Length}-member ensembles of the seeds' fold models", result.ModelsSha256, result.ModelBytes, result.Records, settings.Hash, rules);
                File.WriteAllText(Path.Combine(outDir, "ensemble.json"), BeatReportWriter.ToJson(ensembleReport));
                File.WriteAllText(Path.Combine(outDir, "ensemble.md"), BeatReportWriter.ToMarkdown(ensembleReport));
            }
            void WriteStress(string title, string file, string consolePrefix, Func<IReadOnlyList<string>, string> measure)
            {
                var lines = new List<string> { title, "" };
                foreach (var (name, dirs) in runs)
                {
                    string line = $"{name}: {measure(dirs)}";
                    Console.WriteLine(consolePrefix + line);
                    lines.Add("- " + line);
                }
                File.WriteAllText(Path.Combine(outDir, file), string.Join("\n", lines) + "\n");
            }
            if (parse.GetValue(blockStress))
                WriteStress("# Block stress (held-out DS1 reference beats, as recorded vs under simulated 2:1 AV block, BlockStress seed 99)", "block-stress.md", "block stress ",
                    dirs => BlockStress.Measure(loaded.Beats, records, parse.GetValue(folds), dirs, rules: rules, detected: detected, patients: patients).ToSummary());
            if (parse.GetValue(apcStress))
                WriteStress($"# Premature-beat stress (held-out DS1 beats, as recorded vs with simulated episodes of frequent atrial premature beats and sinus pauses, ApcStress seed {ApcStress.Seed})",
                    "apc-stress.md", "apc stress ", dirs => ApcStress.Measure(loaded.Beats, records, parse.GetValue(folds), dirs, rules: rules, detected: detected, patients: patients).ToSummary());
            if (noiseLevels.Length > 0)
            {
                var lines = new List<string> { "# Held-out records under noise (nst protocol: clean first 5 minutes, then 2 noisy / 2 clean; EC57, bxb rule)", "" };
                foreach (NoiseCopy level in noiseLevels)
                {
                    var noisy = records.ToDictionary(r => r, r => NoisyDetections.Run(db.PathOf(r), level, settings));
                    foreach (var (name, dirs) in runs)
                    {
                        CrossValidationResult result = SeedEnsemble.ScoreFoldModels(dirs, records, parse.GetValue(folds), noisy, db, rules, patients);
                        BeatReport report = BeatReport.Create($"{level}, {name}", "fold models", result.ModelsSha256, result.ModelBytes, result.Records, settings.Hash, rules);
                        long extraV = result.Records.Sum(x => x.Ec57.Extra[(int)AamiClass.V]);
                        string line = $"{BeatReportWriter.ToSummary(report)} | false V from detections without a reference beat {extraV} of {report.Ec57.Fp(AamiClass.V)}";
                        Console.WriteLine("noise " + line);
                        lines.Add("- " + line);
                    }
                }
                File.WriteAllText(Path.Combine(outDir, "noise-eval.md"), string.Join("\n", lines) + "\n");
            }
            string args = string.Join(" ", parse.Tokens.Where(t => t.Type != TokenType.Command).Select(t => t.Value));
            CrossValidationSummary summary = CrossValidationSummary.From(reports, ensembleReport);
            File.WriteAllText(Path.Combine(outDir, "cv.md"), summary.ToMarkdown(args));
            File.WriteAllText(Path.Combine(outDir, "cv.json"), summary.ToJson(args));
            Console.WriteLine(summary.ToSummaryLine());
        }));
        return command;
    }

    /// <summary>Parses a comma-separated seed list.</summary>
    /// <param name="text">E.g. <c>1,2,3</c>.</param>
    /// <param name="option">The option the list came from, named in errors.</param>
    /// <exception cref="ArgumentException">An entry is not an integer, or the list is empty or repeats a seed.</exception>
    public static int[] ParseSeeds(string text, string option = "--seeds")
    {
        ArgumentNullException.ThrowIfNull(text);
        var seeds = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int s))
                throw new ArgumentException($"{option}: '{part}' is not an integer");
            if (seeds.Contains(s))
                throw new ArgumentException($"{option}: seed {s} is given twice");
            seeds.Add(s);
        }
        if (seeds.Count == 0)
            throw new ArgumentException($"{option}: no seed given");
        return seeds.ToArray();
    }
}
