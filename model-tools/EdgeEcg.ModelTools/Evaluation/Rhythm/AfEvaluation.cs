using System;
using System.Collections.Generic;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Rhythm;

/// <summary>
/// Atrial fibrillation detection as the device runs it: the device chain finds the beats, the classifier labels them
/// (with the model's rules), and the RR detector (<see cref="AtrialFibrillationFlags"/>, ventricular calls left out)
/// flags the beats in fibrillation; runs of flagged beats are the detected episodes, compared with the reference
/// <c>(AFIB</c> episodes after EC57's 5-minute learning period and over the whole record.
/// </summary>
public static class AfEvaluation
{
    /// <summary>Records of MIT-BIH with atrial fibrillation in the reference (EVALUATION.md).</summary>
    public static readonly IReadOnlyList<string> AfRecords = new[] { "201", "202", "203", "210", "219", "221", "222" };

    /// <summary>Evaluates one record: after the learning period, and over the whole record.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="model">The classifier.</param>
    /// <param name="rules">The rules its labels go through before the rhythm detector sees them.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="lead">Lead name or signal number (<see cref="RecordBeatExtractor.LeadIndex(WfdbHeader, string?)"/>); null for MLII, else signal 0.</param>
    public static (AfRecordResult Ec57, AfRecordResult WholeRecord) EvaluateRecord(string recordPath, OnnxBeatClassifier model, LabelRules rules, DspSettings settings,
        string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        string atr = BeatEvaluation.RequireReferenceAnnotations(recordPath);
        DetectedBeats detected = DetectedBeats.Run(recordPath, settings, lead);
        double fs = detected.SourceRateHz;
        AamiClass[] labels = BeatEvaluation.ApplyRules(detected, TorchBeatPredictor.ArgMax(model.Logits(detected.Inputs), OnnxBeatClassifier.ClassCount),
            rules, out _);
        bool[] flags = AtrialFibrillationFlags.Compute(detected.SourceSamples, fs, labels, detected.GapBefore);
        for (int i = 0; i < flags.Length; i++)
            flags[i] &= !detected.Suppressed[i]; // the device reports no rhythm inside unreadable stretches
        string name = Path.GetFileName(recordPath);
        List<(long Start, long End)> reference = AfEpisodes.FromReference(AnnotationFile.Read(atr), detected.SourceLength);
        List<(long Start, long End)> found = AfEpisodes.FromFlags(detected.SourceSamples, flags);
        long start = (long)Math.Round(BeatEvaluation.LearningPeriodSeconds * fs);
        return (Score(name, AfEpisodes.From(reference, start), AfEpisodes.From(found, start), fs), Score(name, reference, found, fs));
    }

    /// <summary>Compares detected with reference episodes.</summary>
    /// <param name="record">Record name.</param>
    /// <param name="reference">Reference episodes (samples).</param>
    /// <param name="detected">Detected episodes (samples).</param>
    /// <param name="sampleRateHz">Sample rate.</param>
    public static AfRecordResult Score(string record, IReadOnlyList<(long Start, long End)> reference, IReadOnlyList<(long Start, long End)> detected, double sampleRateHz) =>
        new(record, reference.Count, detected.Count, AfEpisodes.Overlapping(reference, detected), AfEpisodes.Overlapping(detected, reference),
            AfEpisodes.Length(reference) / sampleRateHz, AfEpisodes.Length(detected) / sampleRateHz, AfEpisodes.Overlap(reference, detected) / sampleRateHz);
}
