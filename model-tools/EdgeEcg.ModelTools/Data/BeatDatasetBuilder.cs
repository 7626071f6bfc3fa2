using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.ModelTools.Data;

/// <summary>Builds a dataset from a list of records of one or more database folders.</summary>
public static class BeatDatasetBuilder
{
    /// <summary>Extracts and concatenates the beats of the given records.</summary>
    /// <param name="folders">Where the WFDB records are (e.g. mitdb; a folder name converts).</param>
    /// <param name="records">Record names.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="log">Receives one line per record, or null.</param>
    /// <param name="source">Which beats (<see cref="BeatSource"/>; default: reference positions).</param>
    public static BeatDataset Build(RecordFolders folders, IReadOnlyList<string> records, DspSettings settings, Action<string>? log = null,
        BeatSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        source ??= BeatPositions.Reference;
        foreach (string folder in folders.Folders)
            if (!Directory.Exists(folder))
                throw new DirectoryNotFoundException($"database folder {folder} does not exist");
        var parts = new List<BeatDataset>();
        foreach (string r in records)
        {
            string path = folders.PathOf(r);
            BeatDataset d = source.Positions == BeatPositions.Detected
                ? Evaluation.Beats.DetectedBeatExtractor.Extract(path, settings, source)
                : RecordBeatExtractor.Extract(path, settings, source.Lead);
            int[] c = d.ClassCounts();
            log?.Invoke($"{r}: {d.Count} beats (N {c[0]}, S {c[1]}, V {c[2]}, F {c[3]}, Q {c[4]})");
            parts.Add(d);
        }
        return Concat(parts);
    }

    /// <summary>Concatenates per-record datasets (each holding one record) into one.</summary>
    /// <param name="parts">Datasets with equal image size and RR feature count.</param>
    public static BeatDataset Concat(IReadOnlyList<BeatDataset> parts)
    {
        if (parts.Count == 0)
            throw new ArgumentException("no records to concatenate");
        int size = parts[0].ImageSize;
        int f = parts[0].RrFeatureCount;
        int n = 0;
        var names = new List<string>();
        var rates = new List<double>();
        foreach (BeatDataset p in parts)
        {
            if (p.ImageSize != size || p.RrFeatureCount != f)
                throw new ArgumentException("datasets differ in image size or RR feature count");
            n += p.Count;
        }
        var images = new sbyte[(long)n * size];
        var rr = new float[n * f];
        var labels = new AamiClass[n];
        var rec = new int[n];
        var samples = new long[n];
        int o = 0;
        foreach (BeatDataset p in parts)
        {
            Array.Copy(p.Images, 0, images, (long)o * size, p.Images.Length);
            Array.Copy(p.RrFeatures, 0, rr, o * f, p.RrFeatures.Length);
            Array.Copy(p.Labels, 0, labels, o, p.Count);
            Array.Copy(p.Samples, 0, samples, o, p.Count);
            for (int i = 0; i < p.Count; i++)
            {
                string name = p.Records[p.RecordIndex[i]];
                int idx = names.IndexOf(name);
                if (idx < 0)
                    idx = Add(name, p.RecordRatesHz[p.RecordIndex[i]]);
                rec[o + i] = idx;
            }
            for (int r = 0; r < p.Records.Length; r++)
            {
                int idx = names.IndexOf(p.Records[r]);
                if (idx < 0)
                    Add(p.Records[r], p.RecordRatesHz[r]);
                else if (rates[idx] != p.RecordRatesHz[r])
                    throw new ArgumentException($"record {p.Records[r]} appears at {rates[idx]} Hz and at {p.RecordRatesHz[r]} Hz");
            }
            o += p.Count;
        }
        return new BeatDataset(size, f, images, rr, labels, rec, samples, names.ToArray(), rates.ToArray());

        int Add(string name, double rate)
        {
            names.Add(name);
            rates.Add(rate);
            return names.Count - 1;
        }
    }
}
