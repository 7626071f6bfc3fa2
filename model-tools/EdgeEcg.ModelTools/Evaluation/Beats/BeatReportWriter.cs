using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>Writes a <see cref="BeatReport"/> as JSON (automation keys: split, model.sha256, model.bytes, qrs.se, qrs.ppv, veb.se, veb.ppv, sveb.se, sveb.ppv, macroF1, confusion) and as Markdown.</summary>
public static class BeatReportWriter
{
    /// <summary>The JSON report. Percentages; undefined values are null. Top-level figures are EC57 (learning period excluded).</summary>
    /// <param name="r">Report.</param>
    public static string ToJson(BeatReport r)
    {
        var root = new JsonObject
        {
            ["split"] = r.Split,
            ["records"] = new JsonArray(r.Records.Select(x => (JsonNode?)JsonValue.Create(x.Record)).ToArray()),
            ["model"] = new JsonObject { ["path"] = r.ModelPath, ["sha256"] = r.ModelSha256, ["bytes"] = r.ModelBytes },
            ["dspSettingsHash"] = r.DspSettingsHash,
            ["modelDspSettingsHash"] = r.ModelDspSettingsHash,
            ["scoring"] = "EC57: 150 ms match window, first 5 minutes not scored; beats found by the device chain; gross statistics; false positives as bxb counts them (F or Q labelled V and Q labelled S are not false positives)",
        };
        if (r.NoiseReject is not null)
            root["noiseReject"] = new JsonObject { ["ratio"] = r.NoiseReject.Ratio, ["relabelledV"] = r.NoiseRejectedV, ["rule"] = NoiseRejectText(r) };
        if (r.SinusVeto is not null)
            root["sinusVeto"] = new JsonObject { ["threshold"] = r.SinusVeto.Threshold, ["relabelledS"] = r.SinusVetoedS, ["rule"] = SinusVetoText(r) };
        if (r.Rules.AfGate)
            root["afGate"] = new JsonObject { ["detector"] = SvebAfGate.Name, ["relabelledS"] = r.AfGatedS, ["rule"] = AfGateText(r) };
        if (r.Rules.RunVeto)
            root["runVeto"] = new JsonObject { ["rule"] = SvebRunVeto.Name, ["relabelledS"] = r.RunVetoedS, ["text"] = RunVetoText(r) };
        if (r.Rules.AtrialGate)
            root["atrialGate"] = new JsonObject { ["rule"] = SvebAtrialGate.Name, ["relabelledS"] = r.AtrialGatedS, ["text"] = AtrialGateText(r) };
        AddSection(root, r.Ec57, r.QrsEc57);
        root["kappa"] = Num(r.Ec57.Paired.Kappa());
        root["average"] = new JsonObject
        {
            ["veb"] = new JsonObject { ["se"] = Num(r.Average(x => x.Ec57.Se(AamiClass.V))), ["ppv"] = Num(r.Average(x => x.Ec57.Ppv(AamiClass.V))) },
            ["sveb"] = new JsonObject { ["se"] = Num(r.Average(x => x.Ec57.Se(AamiClass.S))), ["ppv"] = Num(r.Average(x => x.Ec57.Ppv(AamiClass.S))) },
        };
        var allBeats = new JsonObject();
        AddSection(allBeats, r.AllBeats, r.QrsAllBeats);
        allBeats["kappa"] = Num(r.AllBeats.Paired.Kappa());
        root["allBeats"] = allBeats;
        var perRecord = new JsonArray();
        foreach (RecordBeatResult x in r.Records)
        {
            var o = new JsonObject { ["record"] = x.Record };
            AddSection(o, x.Ec57, x.QrsEc57);
            perRecord.Add(o);
        }
        root["perRecord"] = perRecord;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The Markdown report with the EC57 table, per-class statistics and the confusion matrix.</summary>
    /// <param name="r">Report.</param>
    public static string ToMarkdown(BeatReport r)
    {
        var ci = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(ci, $"# EC57 beat classification report: {r.Split}\n\n");
        s.Append(ci, $"Model `{Path.GetFileName(r.ModelPath)}` ({r.ModelBytes} bytes, sha256 `{r.ModelSha256}`). Beats found by the device chain, ");
        s.Append("classified through ONNX Runtime; 150 ms match window; EC57 figures exclude the first 5 minutes of each record. ");
        s.Append("False positives as bxb counts them: fusion or unclassifiable beats labelled V, and unclassifiable beats labelled S, are not false positives; detections without a reference beat are.\n\n");
        s.Append(ci, $"DSP settings of this build `{r.DspSettingsHash[..12]}`, recorded in the model `{r.ModelDspSettingsHash?[..12] ?? "none"}`");
        s.Append(r.ModelDspSettingsHash is not null && r.ModelDspSettingsHash != r.DspSettingsHash ? " (MISMATCH: the model was trained on other DSP output).\n\n" : ".\n\n");
        if (r.NoiseReject is not null)
            s.Append(ci, $"Noise reject: {NoiseRejectText(r)}.\n\n");
        if (r.SinusVeto is not null)
            s.Append(ci, $"Sinus P veto: {SinusVetoText(r)}.\n\n");
        if (r.Rules.AfGate)
            s.Append(ci, $"Atrial fibrillation gate: {AfGateText(r)}.\n\n");
        if (r.Rules.RunVeto)
            s.Append(ci, $"Run veto: {RunVetoText(r)}.\n\n");
        if (r.Rules.AtrialGate)
            s.Append(ci, $"Atrial gate: {AtrialGateText(r)}.\n\n");
        s.Append("| | QRS Se | QRS +P | VEB Se | VEB +P | VEB FPR | SVEB Se | SVEB +P | SVEB FPR | macro-F1 (N,S,V) | kappa |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        Row(s, "gross (EC57)", r.Ec57, r.QrsEc57);
        s.Append(ci, $"| average (EC57) | | | {P(r.Average(x => x.Ec57.Se(AamiClass.V)))} | {P(r.Average(x => x.Ec57.Ppv(AamiClass.V)))} | | {P(r.Average(x => x.Ec57.Se(AamiClass.S)))} | {P(r.Average(x => x.Ec57.Ppv(AamiClass.S)))} | | | |\n");
        Row(s, "gross (all beats)", r.AllBeats, r.QrsAllBeats);
        s.Append("\n## Per class (EC57, gross)\n\n| class | Se | +P | FPR | F1 |\n|---|---|---|---|---|\n");
        foreach (AamiClass c in BeatReport.Classes)
            s.Append(ci, $"| {c} | {P(r.Ec57.Se(c))} | {P(r.Ec57.Ppv(c))} | {P(r.Ec57.Fpr(c))} | {P(r.Ec57.F1(c))} |\n");
        s.Append("\n## Confusion matrix (EC57, paired beats; rows reference, columns predicted; 'missed' = not detected)\n\n| ref \\ pred | N | S | V | F | Q | missed |\n|---|---|---|---|---|---|---|\n");
        foreach (AamiClass rc in BeatReport.Classes)
        {
            s.Append(ci, $"| {rc} |");
            foreach (AamiClass pc in BeatReport.Classes)
                s.Append(ci, $" {r.Ec57.Paired[rc, pc]} |");
            s.Append(ci, $" {r.Ec57.Missed[(int)rc]} |\n");
        }
        s.Append("| no beat |");
        foreach (AamiClass pc in BeatReport.Classes)
            s.Append(ci, $" {r.Ec57.Extra[(int)pc]} |");
        s.Append(" |\n\n## Per record (EC57)\n\n| record | QRS Se | QRS +P | VEB Se | VEB +P | SVEB Se | SVEB +P |\n|---|---|---|---|---|---|---|\n");
        foreach (RecordBeatResult x in r.Records)
            s.Append(ci, $"| {x.Record} | {P(x.QrsEc57.Sensitivity)} | {P(x.QrsEc57.PositivePredictivity)} | {P(x.Ec57.Se(AamiClass.V))} | {P(x.Ec57.Ppv(AamiClass.V))} | {P(x.Ec57.Se(AamiClass.S))} | {P(x.Ec57.Ppv(AamiClass.S))} |\n");
        return s.ToString();
    }

    /// <summary>A short console summary.</summary>
    /// <param name="r">Report.</param>
    public static string ToSummary(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Split}: QRS Se {P(r.QrsEc57.Sensitivity)} +P {P(r.QrsEc57.PositivePredictivity)} | VEB Se {P(r.Ec57.Se(AamiClass.V))} +P {P(r.Ec57.Ppv(AamiClass.V))} | SVEB Se {P(r.Ec57.Se(AamiClass.S))} +P {P(r.Ec57.Ppv(AamiClass.S))} | macro-F1 {P(r.Ec57.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V))} | kappa {r.Ec57.Paired.Kappa():F3}") +
        (r.NoiseReject is null ? "" : string.Create(CultureInfo.InvariantCulture, $" | noise reject {r.NoiseReject}: {r.NoiseRejectedV} V calls withheld")) +
        (r.SinusVeto is null ? "" : string.Create(CultureInfo.InvariantCulture, $" | sinus P veto {r.SinusVeto}: {r.SinusVetoedS} S calls reported N")) +
        (r.Rules.AfGate ? string.Create(CultureInfo.InvariantCulture, $" | AF gate: {r.AfGatedS} S calls reported N") : "") +
        (r.Rules.RunVeto ? string.Create(CultureInfo.InvariantCulture, $" | run veto: {r.RunVetoedS} S calls reported N") : "") +
        (r.Rules.AtrialGate ? string.Create(CultureInfo.InvariantCulture, $" | atrial gate: {r.AtrialGatedS} S calls reported N") : "");

    private static string AtrialGateText(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"S calls of beats whose P-wave regions over the last {AtrialOrganisation.MedianBeats} beats correlate with those of the beats before them at a median below {SvebAtrialGate.Threshold} (disorganised atrial activity, {SvebAtrialGate.Name}) are reported N ({r.AtrialGatedS} S calls over all beats)");

    private static string RunVetoText(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"S calls of beats whose previous RR is within {SvebRunVeto.Tolerance:P0} of the RR before and after it and at least {SvebRunVeto.MinRrSeconds} s ({SvebRunVeto.Name}) are reported N ({r.RunVetoedS} S calls over all beats)");

    private static string AfGateText(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"S calls of beats the device's RR detector places in atrial fibrillation ({SvebAfGate.Name}) are reported N ({r.AfGatedS} S calls over all beats)");

    private static string SinusVetoText(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"S calls whose P-wave region correlates with the patient's sinus P template at {r.SinusVeto} or more are reported N ({r.SinusVetoedS} S calls vetoed over all beats)");

    private static string NoiseRejectText(BeatReport r) => string.Create(CultureInfo.InvariantCulture,
        $"V calls whose beat window has more activity outside the QRS than {r.NoiseReject} x its QRS range are reported Q ({r.NoiseRejectedV} V calls withheld over all beats)");

    private static void AddSection(JsonObject o, ClassCounts c, MatchCounts qrs)
    {
        o["qrs"] = new JsonObject { ["se"] = Num(qrs.Sensitivity), ["ppv"] = Num(qrs.PositivePredictivity), ["tp"] = qrs.TruePositives, ["fn"] = qrs.FalseNegatives, ["fp"] = qrs.FalsePositives };
        o["veb"] = Class(c, AamiClass.V);
        o["sveb"] = Class(c, AamiClass.S);
        var classes = new JsonObject();
        foreach (AamiClass k in BeatReport.Classes)
            classes[k.ToString()] = Class(c, k);
        o["classes"] = classes;
        o["macroF1"] = Num(c.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V));
        o["macroF1WithF"] = Num(c.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.F));
        o["confusion"] = new JsonArray(c.Paired.ToArray().Select(row => (JsonNode?)new JsonArray(row.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray())).ToArray());
        o["missed"] = new JsonArray(c.Missed.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        o["extra"] = new JsonArray(c.Extra.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
    }

    private static JsonObject Class(ClassCounts c, AamiClass k) => new()
    {
        ["se"] = Num(c.Se(k)),
        ["ppv"] = Num(c.Ppv(k)),
        ["fpr"] = Num(c.Fpr(k)),
        ["f1"] = Num(c.F1(k)),
        ["tp"] = c.Tp(k),
        ["fn"] = c.Fn(k),
        ["fp"] = c.Fp(k),
    };

    private static JsonNode? Num(double v) => double.IsNaN(v) ? null : JsonValue.Create(Math.Round(v, 3));

    private static string P(double v) => double.IsNaN(v) ? "–" : v.ToString("F2", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder s, string label, ClassCounts c, MatchCounts q) =>
        s.Append(CultureInfo.InvariantCulture,
            $"| {label} | {P(q.Sensitivity)} | {P(q.PositivePredictivity)} | {P(c.Se(AamiClass.V))} | {P(c.Ppv(AamiClass.V))} | {P(c.Fpr(AamiClass.V))} | {P(c.Se(AamiClass.S))} | {P(c.Ppv(AamiClass.S))} | {P(c.Fpr(AamiClass.S))} | {P(c.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V))} | {c.Paired.Kappa():F3} |\n");
}
