using System;
using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Beats in memory, one row per reference beat: the int8 network image, the beat features (<see cref="BeatFeatures"/>:
/// RR ratios and morphology against the template, in the column still named RR features), the AAMI label and
/// the record (patient) it came from, so every split can be made by patient.
/// </summary>
public sealed class BeatDataset
{
    /// <summary>Creates a dataset from its columns (validated for consistent lengths).</summary>
    /// <param name="imageSize">Values per spectrogram image (32×32 = 1024).</param>
    /// <param name="rrFeatureCount">RR features per beat.</param>
    /// <param name="images">Images, <paramref name="imageSize"/> values per beat.</param>
    /// <param name="rrFeatures">RR features, <paramref name="rrFeatureCount"/> per beat.</param>
    /// <param name="labels">AAMI labels.</param>
    /// <param name="recordIndex">Index into <paramref name="records"/> for each beat.</param>
    /// <param name="samples">Reference annotation sample (at the record's own rate) for each beat.</param>
    /// <param name="records">Record names.</param>
    /// <param name="recordRatesHz">Sampling rate of each record, the unit of <paramref name="samples"/>; null for MIT-BIH's 360 Hz throughout.</param>
    public BeatDataset(int imageSize, int rrFeatureCount, sbyte[] images, float[] rrFeatures, AamiClass[] labels,
        int[] recordIndex, long[] samples, string[] records, double[]? recordRatesHz = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (recordRatesHz is not null && recordRatesHz.Length != records.Length)
            throw new ArgumentException($"{records.Length} records but {recordRatesHz.Length} sampling rates", nameof(recordRatesHz));
        if (recordRatesHz is not null)
            foreach (double r in recordRatesHz)
                if (!(r > 0))
                    throw new ArgumentException($"a sampling rate must be positive, got {r}", nameof(recordRatesHz));
        int n = labels.Length;
        if (images.Length != n * imageSize || rrFeatures.Length != n * rrFeatureCount || recordIndex.Length != n || samples.Length != n)
            throw new ArgumentException($"inconsistent column lengths for {n} beats: images {images.Length}, rr {rrFeatures.Length}, records {recordIndex.Length}, samples {samples.Length}");
        ImageSize = imageSize;
        RrFeatureCount = rrFeatureCount;
        Images = images;
        RrFeatures = rrFeatures;
        Labels = labels;
        RecordIndex = recordIndex;
        Samples = samples;
        Records = records;
        RecordRatesHz = recordRatesHz ?? Array.ConvertAll(records, _ => (double)Data.FilteredStream.SourceRateHz);
    }

    /// <summary>Values per spectrogram image.</summary>
    public int ImageSize { get; }

    /// <summary>RR features per beat.</summary>
    public int RrFeatureCount { get; }

    /// <summary>Number of beats.</summary>
    public int Count => Labels.Length;

    /// <summary>Images, row-major, <see cref="ImageSize"/> values per beat.</summary>
    public sbyte[] Images { get; }

    /// <summary>RR features, <see cref="RrFeatureCount"/> per beat.</summary>
    public float[] RrFeatures { get; }

    /// <summary>AAMI labels.</summary>
    public AamiClass[] Labels { get; }

    /// <summary>Record index of each beat (into <see cref="Records"/>).</summary>
    public int[] RecordIndex { get; }

    /// <summary>Reference annotation sample of each beat, at the record's own sampling rate.</summary>
    public long[] Samples { get; }

    /// <summary>Record names.</summary>
    public string[] Records { get; }

    /// <summary>
    /// Sampling rate of each record (parallel to <see cref="Records"/>), Hz: the unit of <see cref="Samples"/>, so beat
    /// times are <c>Samples[i] / RecordRatesHz[RecordIndex[i]]</c> seconds.
    /// </summary>
    public double[] RecordRatesHz { get; }

    /// <summary>Sampling rate of the record of beat <paramref name="row"/>, Hz.</summary>
    /// <param name="row">Beat row.</param>
    public double RateOf(int row) => RecordRatesHz[RecordIndex[row]];

    /// <summary>Counts of each class (indexed by <see cref="AamiClass"/>).</summary>
    public int[] ClassCounts()
    {
        int[] counts = new int[5];
        foreach (AamiClass c in Labels)
            counts[(int)c]++;
        return counts;
    }

    /// <summary>The beats of the given records only (records absent from this dataset are an error).</summary>
    /// <param name="recordNames">Records to keep.</param>
    public BeatDataset SelectRecords(IEnumerable<string> recordNames)
    {
        var keep = new HashSet<int>();
        foreach (string r in recordNames)
        {
            int i = Array.IndexOf(Records, r);
            if (i < 0)
                throw new ArgumentException($"record {r} is not in this dataset (it holds {string.Join(",", Records)})");
            keep.Add(i);
        }
        var rows = new List<int>();
        for (int b = 0; b < Count; b++)
            if (keep.Contains(RecordIndex[b]))
                rows.Add(b);
        return Select(rows);
    }

    /// <summary>The given rows, in order.</summary>
    /// <param name="rows">Row indices.</param>
    public BeatDataset Select(IReadOnlyList<int> rows)
    {
        int n = rows.Count;
        var images = new sbyte[n * ImageSize];
        var rr = new float[n * RrFeatureCount];
        var labels = new AamiClass[n];
        var rec = new int[n];
        var samples = new long[n];
        for (int i = 0; i < n; i++)
        {
            int r = rows[i];
            Array.Copy(Images, (long)r * ImageSize, images, (long)i * ImageSize, ImageSize);
            Array.Copy(RrFeatures, (long)r * RrFeatureCount, rr, (long)i * RrFeatureCount, RrFeatureCount);
            labels[i] = Labels[r];
            rec[i] = RecordIndex[r];
            samples[i] = Samples[r];
        }
        return new BeatDataset(ImageSize, RrFeatureCount, images, rr, labels, rec, samples, Records, RecordRatesHz);
    }
}
