using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>An EC57 beat classification report over a set of records.</summary>
public sealed class BeatReport
{
    private BeatReport(string split, string modelPath, string modelSha256, long modelBytes, IReadOnlyList<RecordBeatResult> records,
        string dspSettingsHash, string? modelDspSettingsHash, LabelRules? rules)
    {
        Rules = rules ?? LabelRules.None;
        DspSettingsHash = dspSettingsHash;
        ModelDspSettingsHash = modelDspSettingsHash;
        Split = split;
        ModelPath = modelPath;
        ModelSha256 = modelSha256;
        ModelBytes = modelBytes;
        Records = records;
        foreach (RecordBeatResult r in records)
        {
            Ec57.Add(r.Ec57);
            AllBeats.Add(r.AllBeats);
            QrsEc57 += r.QrsEc57;
            QrsAllBeats += r.QrsAllBeats;
            NoiseRejectedV += r.NoiseRejectedV;
            SinusVetoedS += r.SinusVetoedS;
            AfGatedS += r.AfGatedS;
            RunVetoedS += r.RunVetoedS;
            AtrialGatedS += r.AtrialGatedS;
        }
    }

    /// <summary>The rules the labels went through.</summary>
    public LabelRules Rules { get; }

    /// <summary>The reject rule for V calls in noisy beat windows the labels went through, or null.</summary>
    public VebNoiseReject? NoiseReject => Rules.NoiseReject;

    /// <summary>V calls the <see cref="NoiseReject"/> rule reported as Q, over every beat of every record.</summary>
    public long NoiseRejectedV { get; }

    /// <summary>The veto on S calls of beats with a sinus-like P wave the labels went through, or null.</summary>
    public SvebSinusVeto? SinusVeto => Rules.SinusVeto;

    /// <summary>S calls the <see cref="SinusVeto"/> rule reported as N, over every beat of every record.</summary>
    public long SinusVetoedS { get; }

    /// <summary>S calls the atrial fibrillation gate reported as N, over every beat of every record (0 when it is off).</summary>
    public long AfGatedS { get; }

    /// <summary>S calls the run veto reported as N, over every beat of every record (0 when it is off).</summary>
    public long RunVetoedS { get; }

    /// <summary>S calls the atrial gate reported as N, over every beat of every record (0 when it is off).</summary>
    public long AtrialGatedS { get; }

    /// <summary>DSP settings hash of the build that computed the inputs.</summary>
    public string DspSettingsHash { get; }

    /// <summary>DSP settings hash recorded in the model (null when none).</summary>
    public string? ModelDspSettingsHash { get; }

    /// <summary>Split name or record list.</summary>
    public string Split { get; }

    /// <summary>Model file.</summary>
    public string ModelPath { get; }

    /// <summary>SHA-256 of the model file (hex).</summary>
    public string ModelSha256 { get; }

    /// <summary>Model file size in bytes.</summary>
    public long ModelBytes { get; }

    /// <summary>Per-record results.</summary>
    public IReadOnlyList<RecordBeatResult> Records { get; }

    /// <summary>Gross class counts after the learning period.</summary>
    public ClassCounts Ec57 { get; } = new();

    /// <summary>Gross class counts over every beat.</summary>
    public ClassCounts AllBeats { get; } = new();

    /// <summary>Gross QRS counts after the learning period.</summary>
    public MatchCounts QrsEc57 { get; }

    /// <summary>Gross QRS counts over every beat.</summary>
    public MatchCounts QrsAllBeats { get; }

    /// <summary>Builds a report, hashing the model file.</summary>
    /// <param name="split">Split name.</param>
    /// <param name="modelPath">Model file.</param>
    /// <param name="records">Per-record results.</param>
    /// <param name="dspSettingsHash">DSP settings hash of this build.</param>
    /// <param name="modelDspSettingsHash">DSP settings hash recorded in the model, or null.</param>
    /// <param name="rules">The rules the labels went through, or null for none.</param>
    public static BeatReport Create(string split, string modelPath, IReadOnlyList<RecordBeatResult> records, string dspSettingsHash, string? modelDspSettingsHash,
        LabelRules? rules = null)
    {
        byte[] bytes = File.ReadAllBytes(modelPath);
        return new BeatReport(split, modelPath, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, records, dspSettingsHash, modelDspSettingsHash, rules);
    }

    /// <summary>Builds a report for a model that is not one file (e.g. one model per cross-validation fold).</summary>
    /// <param name="split">Split name.</param>
    /// <param name="modelDescription">What was evaluated (stands where a model path would).</param>
    /// <param name="modelSha256">SHA-256 identifying the evaluated bytes (lower-case hex).</param>
    /// <param name="modelBytes">Size of the evaluated model bytes.</param>
    /// <param name="records">Per-record results.</param>
    /// <param name="dspSettingsHash">DSP settings hash of this build (also the models').</param>
    /// <param name="rules">The rules the labels went through, or null for none.</param>
    public static BeatReport Create(string split, string modelDescription, string modelSha256, long modelBytes, IReadOnlyList<RecordBeatResult> records, string dspSettingsHash,
        LabelRules? rules = null) =>
        new(split, modelDescription, modelSha256, modelBytes, records, dspSettingsHash, dspSettingsHash, rules);

    /// <summary>Average statistic: mean over records of a per-record value, skipping records where it is undefined.</summary>
    /// <param name="value">Per-record value.</param>
    public double Average(Func<RecordBeatResult, double> value)
    {
        double[] v = Records.Select(value).Where(x => !double.IsNaN(x)).ToArray();
        return v.Length == 0 ? double.NaN : v.Average();
    }

    /// <summary>The classes in report order.</summary>
    public static readonly AamiClass[] Classes = { AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.F, AamiClass.Q };
}
