using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>
/// EC57 beat classification of a model exactly as the device runs it: the device chain detects the beats, the
/// spectrogram and RR features are computed from them, the ONNX model runs through ONNX Runtime, and the labels are
/// compared with the reference annotations (150 ms match window, first 5 minutes excluded in the EC57 figures).
/// </summary>
public static class BeatEvaluation
{
    /// <summary>EC57's learning period at the start of each record, not scored (seconds).</summary>
    public const double LearningPeriodSeconds = 300;

    /// <summary>Annotation code written for each predicted class (for PhysioNet's bxb).</summary>
    public static AnnotationCode CodeOf(AamiClass c) => c switch
    {
        AamiClass.N => AnnotationCode.Normal,
        AamiClass.S => AnnotationCode.Apc,
        AamiClass.V => AnnotationCode.Pvc,
        AamiClass.F => AnnotationCode.Fusion,
        _ => AnnotationCode.Unknown,
    };

    /// <summary>Evaluates one record.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="model">The classifier.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="annotationDirectory">When set, the labelled beats are written there as <c>record.edg</c>.</param>
    /// <param name="rules">Rules that change the labels before they are reported (<see cref="LabelRules"/>), or null for none.</param>
    /// <param name="lead">Lead name or signal number (<see cref="RecordBeatExtractor.LeadIndex(WfdbHeader, string?)"/>); null for MLII, else signal 0.</param>
    public static RecordBeatResult EvaluateRecord(string recordPath, OnnxBeatClassifier model, DspSettings settings, string? annotationDirectory,
        LabelRules? rules = null, string? lead = null)
    {
        RequireReferenceAnnotations(recordPath); // before the chain runs over the whole record
        return EvaluateRecord(recordPath, DetectedBeats.Run(recordPath, settings, lead), model, annotationDirectory, rules);
    }

    /// <summary>Evaluates one record whose beats the device chain has already found (cross-validation runs reuse them).</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="detected">The chain's beats and network inputs for this record (<see cref="DetectedBeats.Run(string, DspSettings, string?)"/>).</param>
    /// <param name="model">The classifier.</param>
    /// <param name="annotationDirectory">When set, the labelled beats are written there as <c>record.edg</c>.</param>
    /// <param name="rules">Rules that change the labels before they are reported (<see cref="LabelRules"/>), or null for none.</param>
    public static RecordBeatResult EvaluateRecord(string recordPath, DetectedBeats detected, OnnxBeatClassifier model, string? annotationDirectory,
        LabelRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(model);
        return EvaluateRecord(recordPath, detected, TorchBeatPredictor.ArgMax(model.Logits(detected.Inputs), OnnxBeatClassifier.ClassCount),
            annotationDirectory, rules);
    }

    /// <summary>Scores labels already predicted for the chain's beats of one record (one label per detected beat).</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="detected">The chain's beats of this record.</param>
    /// <param name="labels">Predicted class of each detected beat (beats without an image are reported as N).</param>
    /// <param name="annotationDirectory">When set, the labelled beats are written there as <c>record.edg</c>.</param>
    /// <param name="rules">Rules that change the labels before they are reported (<see cref="LabelRules"/>), or null for none; applied as the device applies them.</param>
    public static RecordBeatResult EvaluateRecord(string recordPath, DetectedBeats detected, AamiClass[] labels, string? annotationDirectory,
        LabelRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(labels);
        string name = Path.GetFileName(recordPath);
        string atr = RequireReferenceAnnotations(recordPath);
        if (detected.Record != name)
            throw new ArgumentException($"detected beats are of record {detected.Record}, not {name}", nameof(detected));
        if (labels.Length != detected.SourceSamples.Count)
            throw new ArgumentException($"{labels.Length} labels for {detected.SourceSamples.Count} detected beats of record {name}", nameof(labels));
        double fs = detected.SourceRateHz;
        AamiClass[] predicted = ApplyRules(detected, labels, rules ?? LabelRules.None, out RuleCounts changed);

        IReadOnlyList<Annotation> reference = AnnotationFile.Read(atr);
        long window = BeatPairing.WindowSamples(fs);
        long start = (long)Math.Round(LearningPeriodSeconds * fs);

        // Beats in stretches the chain declared unreadable are not reported (as on the device and in eval qrs); their
        // reference beats count as missed in shutdown. bxb's pairing (learning period, reference VF episodes and
        // shutdowns as bxb treats them) gives both the QRS counts and the class comparison.
        List<MatchEvent> refEvents = MatchEvents.FromAnnotations(reference, out int[] refAnnotation);
        List<Annotation> written = Reported(detected, predicted, out int[] detectedOfWritten);
        List<MatchEvent> testEvents = MatchEvents.FromAnnotations(written, out int[] writtenOfEvent);
        var ec57 = new ClassCounts();
        var all = new ClassCounts();
        var pairingEc57 = new BxbPairing();
        var pairingAll = new BxbPairing();
        MatchCounts qrsEc57 = BxbMatcher.Compare(refEvents, testEvents, window, start, detected.SourceLength, pairingEc57);
        MatchCounts qrsAll = BxbMatcher.Compare(refEvents, testEvents, window, 0, detected.SourceLength, pairingAll);
        AamiClass? ReferenceClass(int e) => AamiClassMap.FromCode(reference[refAnnotation[e]].Code);
        AamiClass Predicted(int e) => predicted[detectedOfWritten[writtenOfEvent[e]]];
        foreach (var (counts, pairing) in new[] { (ec57, pairingEc57), (all, pairingAll) })
        {
            foreach (var (r, t) in pairing.Paired)
                if (ReferenceClass(r) is AamiClass c)
                    counts.Paired.Add(c, Predicted(t));
            foreach (int r in pairing.MissedReference)
                if (ReferenceClass(r) is AamiClass c)
                    counts.Missed[(int)c]++;
            foreach (int t in pairing.ExtraTest)
                counts.Extra[(int)Predicted(t)]++;
        }

        if (annotationDirectory is not null)
        {
            Directory.CreateDirectory(annotationDirectory);
            AnnotationFile.Write(Path.Combine(annotationDirectory, name + ".edg"), written);
        }
        return new RecordBeatResult(name, ec57, all, qrsEc57, qrsAll, changed.NoiseRejectedV, changed.SinusVetoedS, changed.AfGatedS,
            changed.RunVetoedS, changed.AtrialGatedS);
    }

    /// <summary>
    /// The labels the device reports for the chain's beats: beats without a complete window are N, then the rules apply
    /// in <see cref="LabelRules"/>' order. The caller's labels are not changed.
    /// </summary>
    /// <param name="detected">The chain's beats of one record.</param>
    /// <param name="labels">The classifier's label of each beat.</param>
    /// <param name="rules">The rules.</param>
    /// <param name="changed">How many labels each rule changed.</param>
    public static AamiClass[] ApplyRules(DetectedBeats detected, AamiClass[] labels, LabelRules rules, out RuleCounts changed)
    {
        ArgumentNullException.ThrowIfNull(detected);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rules);
        var predicted = (AamiClass[])labels.Clone();
        bool[] hasImage = detected.HasImage;
        for (int i = 0; i < predicted.Length; i++)
            if (!hasImage[i])
                predicted[i] = AamiClass.N; // no complete window (record edges): the device reports such a beat as N
        int rejected = rules.NoiseReject?.Apply(predicted, detected.WindowNoise, hasImage) ?? 0;
        int vetoed = rules.SinusVeto?.Apply(predicted, detected.SinusPCorrelation) ?? 0;
        int gated = rules.AfGate
            ? SvebAfGate.Apply(predicted, AtrialFibrillationFlags.Compute(detected.SourceSamples, detected.SourceRateHz, predicted, detected.GapBefore))
            : 0;
        int runVetoed = rules.RunVeto ? SvebRunVeto.Apply(predicted, SvebRunVeto.Flags(detected.SourceSamples, detected.SourceRateHz)) : 0;
        int atrialGated = rules.AtrialGate ? SvebAtrialGate.Apply(predicted, detected.AtrialOrganisation) : 0;
        changed = new RuleCounts(rejected, vetoed, gated, runVetoed, atrialGated);
        return predicted;
    }

    /// <summary>
    /// What the device reports for a record, as annotations: each beat outside unreadable stretches with its class, and each
    /// unreadable stretch as NOISE annotations (subtype −1 at its start, 0 at its end), as <c>ChainAnnotations</c> writes
    /// them for eval qrs.
    /// </summary>
    private static List<Annotation> Reported(DetectedBeats detected, AamiClass[] predicted, out int[] detectedBeat)
    {
        // The chain's events hold the reported beats in detection order; the j-th beat event is the j-th beat not suppressed.
        int[] reportedBeats = Enumerable.Range(0, predicted.Length).Where(j => !detected.Suppressed[j]).ToArray();
        List<Annotation> annotations = ChainAnnotations.FromEvents(detected.Events, reportedBeats.Select(j => CodeOf(predicted[j])).ToArray());
        detectedBeat = new int[annotations.Count];
        int next = 0;
        for (int k = 0; k < detected.Events.Length; k++)
            detectedBeat[k] = detected.Events[k].Kind == ChainEventKind.Beat ? reportedBeats[next++] : -1;
        return annotations;
    }

    /// <summary>The record's reference annotation file; throws when it is missing.</summary>
    internal static string RequireReferenceAnnotations(string recordPath)
    {
        string atr = AnnotationFile.PathFor(recordPath);
        if (!File.Exists(atr))
            throw new FileNotFoundException($"record {Path.GetFileName(recordPath)}: reference annotations {atr} not found", atr);
        return atr;
    }
}
