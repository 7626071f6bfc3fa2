using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Noise;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>One record's training beats at the device chain's detections (<see cref="BeatPositions.Detected"/>).</summary>
public static class DetectedBeatExtractor
{
    /// <summary>
    /// Runs the chain over the record and labels each detected beat by its paired reference beat; with
    /// <see cref="BeatSource.Artifacts"/> a detection that pairs with no reference beat is kept, labelled Q (an artifact
    /// the classifier should not call a heartbeat class), and each <see cref="BeatSource.NoiseCopies"/> entry adds the
    /// beats the chain detects in a noise stress copy of the record (nstdb noise from the <c>nstdb</c> folder beside the
    /// record's folder, <see cref="NoiseStressRecord"/>), labelled against the same reference annotations.
    /// </summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="source">Artifact labels and noise copies (default: neither).</param>
    /// <returns>The labelled detected beats, all under the record's name (samples are the detections in the record's own samples; copies repeat them).</returns>
    public static BeatDataset Extract(string recordPath, DspSettings settings, BeatSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        source ??= BeatPositions.Detected;
        string name = Path.GetFileName(recordPath);
        string atr = BeatEvaluation.RequireReferenceAnnotations(recordPath); // before the chain runs over the whole record
        var reference = AnnotationFile.Read(atr).Where(a => a.IsBeat).ToList();
        var parts = new List<BeatDataset> { Label(DetectedBeats.Run(recordPath, settings, source.Lead), reference, source.Artifacts, unpairedOnly: false) };
        foreach (NoiseCopy copy in source.NoiseCopies)
            parts.Add(Label(NoisyDetections.Run(recordPath, copy, settings), reference, source.Artifacts, source.NoiseArtifactsOnly));
        return parts.Count == 1 ? parts[0] : BeatDatasetBuilder.Concat(parts);
    }

    /// <summary>
    /// Labels the detections by their paired reference beats (unpaired ones Q when <paramref name="artifacts"/>) and keeps
    /// those with a label and an image; with <paramref name="unpairedOnly"/> only the detections that pair with no
    /// reference beat (a paired reference Q beat, such as an unclassifiable beat, is not an artifact and is left out).
    /// </summary>
    private static BeatDataset Label(DetectedBeats detected, List<Annotation> reference, bool artifacts, bool unpairedOnly)
    {
        var (partner, paired) = BeatPairing.Pair(reference.Select(a => a.Sample).ToList(), detected.SourceSamples, BeatPairing.WindowSamples(detected.SourceRateHz));
        var label = new AamiClass?[detected.Count];
        for (int i = 0; i < reference.Count; i++)
            if (partner[i] >= 0 && AamiClassMap.FromCode(reference[i].Code) is AamiClass c)
                label[partner[i]] = c;
        if (artifacts)
            for (int j = 0; j < detected.Count; j++)
                if (!paired[j])
                    label[j] = AamiClass.Q;
        bool[] hasImage = detected.HasImage;
        int[] rows = Enumerable.Range(0, detected.Count).Where(j => label[j] is not null && hasImage[j] && !(unpairedOnly && paired[j])).ToArray();
        BeatDataset kept = detected.Inputs.Select(rows);
        return new BeatDataset(kept.ImageSize, kept.RrFeatureCount, kept.Images, kept.RrFeatures, rows.Select(j => label[j]!.Value).ToArray(),
            new int[rows.Length], kept.Samples, new[] { detected.Record }, new[] { detected.SourceRateHz });
    }
}
