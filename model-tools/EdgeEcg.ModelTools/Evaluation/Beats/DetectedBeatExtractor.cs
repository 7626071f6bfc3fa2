using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>One record's training beats at the device chain's detections (<see cref="BeatPositions.Detected"/>).</summary>
public static class DetectedBeatExtractor
{
    /// <summary>Runs the chain over the record and labels each detected beat by its paired reference beat.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="settings">DSP settings.</param>
    /// <returns>The labelled detected beats (one record; samples are the detections in the record's own samples).</returns>
    public static BeatDataset Extract(string recordPath, DspSettings settings)
    {
        string name = Path.GetFileName(recordPath);
        string atr = BeatEvaluation.RequireReferenceAnnotations(recordPath); // before the chain runs over the whole record
        DetectedBeats detected = DetectedBeats.Run(recordPath, settings);
        var reference = AnnotationFile.Read(atr).Where(a => a.IsBeat).ToList();
        double fs = WfdbHeader.Read(recordPath).SamplingFrequency;
        var (partner, _) = BeatPairing.Pair(reference.Select(a => a.Sample).ToList(), detected.SourceSamples, BeatPairing.WindowSamples(fs));
        var label = new AamiClass?[detected.Count];
        for (int i = 0; i < reference.Count; i++)
            if (partner[i] >= 0 && AamiClassMap.FromCode(reference[i].Code) is AamiClass c)
                label[partner[i]] = c;
        bool[] hasImage = detected.HasImage;
        int[] rows = Enumerable.Range(0, detected.Count).Where(j => label[j] is not null && hasImage[j]).ToArray();
        BeatDataset kept = detected.Inputs.Select(rows);
        return new BeatDataset(kept.ImageSize, kept.RrFeatureCount, kept.Images, kept.RrFeatures, rows.Select(j => label[j]!.Value).ToArray(),
            new int[rows.Length], kept.Samples, new[] { name });
    }
}
