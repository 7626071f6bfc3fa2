using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>eval beats</c>: EC57 beat classification of an ONNX model run exactly as on the device.</summary>
public static class EvalBeatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string> model = new("--model") { Description = "FP32 or INT8 .onnx beat classifier", Required = true };
        Option<string?> data = new("--data") { Description = "WFDB folder with the records (default: EDGEECG_DATA/mitdb)" };
        Option<string> split = new("--split") { Description = "ds1, ds2, a comma-separated record list, or 'all' (every record with .atr in the folder)", DefaultValueFactory = _ => "ds2" };
        Option<string?> lead = new("--lead") { Description = "Lead to read from each record: a signal description in its header (e.g. II for INCART, ECG1 for svdb) or a 0-based signal number, or a comma-separated list of them of which each record's first is taken (e.g. MLII,II,ECG1); default MLII, else signal 0. The report's split names it" };
        Option<string?> json = new("--json") { Description = "Write the JSON report here" };
        Option<string?> markdown = new("--markdown") { Description = "Write the Markdown report here" };
        Option<string?> annotations = new("--annotations-out") { Description = "Write the labelled beats as WFDB annotation files (<record>.edg) into this folder, for bxb" };
        Option<bool> ignoreDsp = new("--ignore-dsp-hash") { Description = "Evaluate even when the model records other DSP settings than this build computes (the report says so)" };
        Option<string?> noiseReject = new("--noise-reject") { Description = "Report a V call as Q when its beat window's activity outside the QRS exceeds this many times its QRS range (e.g. 3), or 'off'; default: the rule the model ships with (ONNX metadata), if any" };
        Option<string?> sinusVeto = new("--sinus-p-veto") { Description = "Report an S call as N when its P-wave region correlates with the patient's sinus P template at this threshold or more (e.g. 0.9), or 'off'; default: the rule the model ships with (ONNX metadata), if any" };
        Option<string?> afGate = new("--af-gate") { Description = "'on': report an S call as N when the device's RR detector places the beat in atrial fibrillation; 'off': do not; default: as the model ships (ONNX metadata)" };
        Option<string?> runVeto = new("--run-veto") { Description = "'on': report an S call as N when the beat sits in a regular run at a normal rate; 'off': do not; default: as the model ships (ONNX metadata)" };
        Option<string?> atrialGate = new("--atrial-gate") { Description = "'on': report an S call as N when the atrial activity before the recent beats is disorganised (P-wave regions that do not repeat, as in fibrillation); 'off': do not; default: as the model ships (ONNX metadata)" };
        Command command = new("beats", "EC57 beat classification (Se/+P/FPR/F1, gross and average, 5x5 confusion, macro-F1, kappa) via the device chain and ONNX Runtime");
        foreach (Option o in new Option[] { model, data, split, lead, json, markdown, annotations, ignoreDsp, noiseReject, sinusVeto, afGate, runVeto, atrialGate })
            command.Options.Add(o);
        command.SetAction(parse => CliErrors.Run("eval beats", () =>
        {
            // Parsed before anything runs, so a malformed value is refused at once.
            (bool Given, VebNoiseReject? Rule) rejectChoice = ParseRule(parse.GetValue(noiseReject), VebNoiseReject.Parse);
            (bool Given, SvebSinusVeto? Rule) vetoChoice = ParseRule(parse.GetValue(sinusVeto), SvebSinusVeto.Parse);
            bool? gateChoice = ParseSwitch(parse.GetValue(afGate), "--af-gate");
            bool? runChoice = ParseSwitch(parse.GetValue(runVeto), "--run-veto");
            bool? atrialChoice = ParseSwitch(parse.GetValue(atrialGate), "--atrial-gate");
            string splitName = parse.GetValue(split)!;
            string db = EvalInputs.RequireDataFolder(parse.GetValue(data));
            IReadOnlyList<string> records = EvalInputs.ResolveRecords(db, splitName);
            EvalInputs.RequireRecords(db, records);
            string modelPath = parse.GetValue(model)!;
            DspSettings settings = DspSettings.Default;
            using var classifier = new OnnxBeatClassifier(modelPath);
            EvalInputs.RequireDspSettings(classifier, modelPath, settings, parse.GetValue(ignoreDsp));
            VebNoiseReject? reject = RuleToApply(rejectChoice, classifier.NoiseReject, "V noise reject rule");
            SvebSinusVeto? veto = RuleToApply(vetoChoice, classifier.SinusVeto, "sinus P veto");
            var rules = new LabelRules(reject, veto,
                SwitchToApply(gateChoice, classifier.AfGate, $"atrial fibrillation gate ({SvebAfGate.Name})"),
                SwitchToApply(runChoice, classifier.RunVeto, $"run veto ({SvebRunVeto.Name})"),
                SwitchToApply(atrialChoice, classifier.AtrialGate, $"atrial gate ({SvebAtrialGate.Name})"));
            var results = new List<RecordBeatResult>();
            foreach (string r in records)
            {
                RecordBeatResult res = BeatEvaluation.EvaluateRecord(Path.Combine(db, r), classifier, settings, parse.GetValue(annotations), rules, parse.GetValue(lead));
                results.Add(res);
                Console.WriteLine($"{r}: VEB Se {res.Ec57.Se(AamiClass.V):F1} +P {res.Ec57.Ppv(AamiClass.V):F1} | SVEB Se {res.Ec57.Se(AamiClass.S):F1} +P {res.Ec57.Ppv(AamiClass.S):F1}");
            }
            BeatReport report = BeatReport.Create(EvalInputs.SplitLabel(splitName, parse.GetValue(lead)), modelPath, results, settings.Hash, classifier.DspSettingsHash, rules);
            Console.WriteLine(BeatReportWriter.ToSummary(report));
            if (parse.GetValue(json) is string j)
                File.WriteAllText(j, BeatReportWriter.ToJson(report));
            if (parse.GetValue(markdown) is string m)
                File.WriteAllText(m, BeatReportWriter.ToMarkdown(report));
        }));
        return command;
    }

    /// <summary>A rule option: not given (the model's rule applies), "off", or a value for <paramref name="parse"/>.</summary>
    private static (bool Given, T? Rule) ParseRule<T>(string? text, Func<string, T> parse)
        where T : class =>
        text is null ? (false, null) : (true, string.Equals(text, "off", StringComparison.OrdinalIgnoreCase) ? null : parse(text));

    /// <summary>An on/off option: null when not given.</summary>
    private static bool? ParseSwitch(string? text, string option) => text?.ToLowerInvariant() switch
    {
        null => null,
        "on" => true,
        "off" => false,
        _ => throw new ArgumentException($"{option} must be 'on' or 'off', not '{text}'"),
    };

    /// <summary>The rule to score with: the model's own unless the option was given; warns when "off" drops the model's rule.</summary>
    private static T? RuleToApply<T>((bool Given, T? Rule) choice, T? modelRule, string description)
        where T : class
    {
        if (!choice.Given)
            return modelRule; // the rule the model ships with, as the device applies it
        if (choice.Rule is null && modelRule is not null)
            Console.WriteLine($"warning: the model's {description} ({modelRule}) is off for this run; the device applies it");
        return choice.Rule;
    }

    /// <summary>An on/off rule to score with: the model's own unless the option was given; warns when "off" drops the model's rule.</summary>
    private static bool SwitchToApply(bool? choice, bool modelRule, string description)
    {
        if (choice == false && modelRule)
            Console.WriteLine($"warning: the model's {description} is off for this run; the device applies it");
        return choice ?? modelRule;
    }
}
