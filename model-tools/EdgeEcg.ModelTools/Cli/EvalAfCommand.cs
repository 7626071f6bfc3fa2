using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Rhythm;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>eval af</c>: atrial fibrillation episodes found by the device's RR detector against the reference rhythm annotations.</summary>
public static class EvalAfCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string> model = new("--model") { Description = "FP32 or INT8 .onnx beat classifier (its V calls are left out of the rhythm)", Required = true };
        Option<string?> data = new("--data") { Description = "WFDB folder with the records (default: EDGEECG_DATA/mitdb)" };
        Option<string> split = new("--split") { Description = "'af' (the seven MIT-BIH records with atrial fibrillation), ds1, ds2 or a comma-separated record list", DefaultValueFactory = _ => "af" };
        Option<string?> lead = new("--lead") { Description = "Lead to read from each record: a signal description in its header (e.g. II for INCART, ECG1 for svdb) or a 0-based signal number, or a comma-separated list of them of which each record's first is taken (e.g. MLII,II,ECG1); default MLII, else signal 0. The report's split names it" };
        Option<string?> json = new("--json") { Description = "Write the JSON report here" };
        Option<string?> markdown = new("--markdown") { Description = "Write the Markdown report here" };
        Command command = new("af", "Atrial fibrillation detection (episode and duration Se/+P against (AFIB episodes) via the device chain, the classifier and the RR detector");
        foreach (Option o in new Option[] { model, data, split, lead, json, markdown })
            command.Options.Add(o);
        command.SetAction(parse => CliErrors.Run("eval af", () =>
        {
            string splitName = parse.GetValue(split)!;
            string db = EvalInputs.RequireDataFolder(parse.GetValue(data));
            IReadOnlyList<string> records = string.Equals(splitName, "af", StringComparison.OrdinalIgnoreCase) ? AfEvaluation.AfRecords : EvalInputs.ResolveRecords(db, splitName);
            EvalInputs.RequireRecords(db, records);
            string modelPath = parse.GetValue(model)!;
            DspSettings settings = DspSettings.Default;
            using var classifier = new OnnxBeatClassifier(modelPath);
            EvalInputs.RequireDspSettings(classifier, modelPath, settings);
            var results = new List<AfRecordResult>();
            var whole = new List<AfRecordResult>();
            foreach (string r in records)
            {
                (AfRecordResult res, AfRecordResult all) = AfEvaluation.EvaluateRecord(Path.Combine(db, r), classifier, classifier.Rules, settings, parse.GetValue(lead));
                results.Add(res);
                whole.Add(all);
                Console.WriteLine($"{r}: reference {res.ReferenceEpisodes} episodes ({res.ReferenceSeconds:F0} s), detected {res.DetectedEpisodes} ({res.DetectedSeconds:F0} s), overlap {res.OverlapSeconds:F0} s (EC57)");
            }
            var report = new AfReport(EvalInputs.SplitLabel(splitName, parse.GetValue(lead)), modelPath, results, whole);
            Console.WriteLine(report.ToSummary() + " (EC57)");
            Console.WriteLine(report.WholeRecord!.ToSummary() + " (whole records)");
            if (parse.GetValue(json) is string j)
                File.WriteAllText(j, report.ToJson());
            if (parse.GetValue(markdown) is string m)
                File.WriteAllText(m, report.ToMarkdown());
        }));
        return command;
    }
}
