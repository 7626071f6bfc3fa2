using System;
using System.Collections.Generic;
using System.IO;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Makes the dataset rows of one MIT-BIH record: the device's filtered stream, then for every reference beat of an
/// AAMI class the int8 spectrogram of the window around its position and its <see cref="BeatFeatures"/>.
/// </summary>
public static class RecordBeatExtractor
{
    /// <summary>Extracts the beats of one record.</summary>
    /// <param name="recordPath">Record path without extension, e.g. <c>.../mitdb/100</c>.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="lead">Lead name or signal number (<see cref="LeadIndex(WfdbHeader, string?)"/>); null for MLII, else signal 0.</param>
    /// <returns>The record's beats (beats whose window would leave the recording are skipped), at the record's own samples.</returns>
    /// <exception cref="FileNotFoundException">The header, signal or annotation file is missing.</exception>
    /// <exception cref="NotSupportedException">The record's rate is one <see cref="ChainInput"/> does not take.</exception>
    public static BeatDataset Extract(string recordPath, DspSettings settings, string? lead = null)
    {
        string name = Path.GetFileName(recordPath);
        if (!File.Exists(recordPath + ".hea"))
            throw new FileNotFoundException($"record {name}: header {recordPath}.hea not found", recordPath + ".hea");
        string atr = AnnotationFile.PathFor(recordPath);
        if (!File.Exists(atr))
            throw new FileNotFoundException($"record {name}: reference annotations {atr} not found", atr);
        ChainInput input = ChainInput.Read(recordPath, lead);
        short[] stream = FilteredStream.From(input, settings.Mains, out int delay);

        var beatTimes = new List<long>();
        var beatClasses = new List<AamiClass?>();
        var beatSamples = new List<long>();
        foreach (Annotation a in AnnotationFile.Read(atr))
        {
            if (!a.IsBeat)
                continue;
            long p = FilteredStream.ToStream(a.Sample, input, delay);
            if (beatTimes.Count > 0 && p <= beatTimes[^1])
                continue; // two beats mapped to the same 250 Hz sample: keep the first
            beatTimes.Add(p);
            beatClasses.Add(AamiClassMap.FromCode(a.Code));
            beatSamples.Add(a.Sample);
        }
        SpectrogramSettings s = settings.Spectrogram;
        var spectrogram = new BeatSpectrogram(s);
        int size = s.ImageLength;
        // Every beat whose window fits gets an image (also beats of no AAMI class), in stream order, so the template
        // features see the same beat sequence as on the device.
        var allImages = new sbyte[beatTimes.Count * size];
        var hasImage = new bool[beatTimes.Count];
        for (int i = 0; i < beatTimes.Count; i++)
        {
            long start = beatTimes[i] - s.RPeakIndex;
            if (start < 0 || start + s.WindowLength > stream.Length)
                continue;
            spectrogram.Compute(stream, (int)start, allImages, i * size);
            hasImage[i] = true;
        }
        float[] featuresAll = BeatFeatures.Compute(beatTimes.ToArray(), FilteredStream.RateHz, allImages, hasImage, s, out sbyte[] networkImages);

        var rows = new List<int>();
        for (int i = 0; i < beatTimes.Count; i++)
            if (beatClasses[i] is not null && hasImage[i])
                rows.Add(i);
        const int f = BeatFeatures.Count;
        var images = new sbyte[rows.Count * size];
        var features = new float[rows.Count * f];
        var labels = new AamiClass[rows.Count];
        var samples = new long[rows.Count];
        for (int k = 0; k < rows.Count; k++)
        {
            int i = rows[k];
            Array.Copy(networkImages, (long)i * size, images, (long)k * size, size);
            Array.Copy(featuresAll, i * f, features, k * f, f);
            labels[k] = beatClasses[i]!.Value;
            samples[k] = beatSamples[i];
        }
        return new BeatDataset(size, f, images, features, labels, new int[rows.Count], samples, new[] { name }, new double[] { input.RecordRateHz });
    }

    /// <summary>The MLII lead if the header names one, else signal 0.</summary>
    /// <param name="header">Record header.</param>
    public static int LeadIndex(WfdbHeader header) => LeadIndex(header, null);

    /// <summary>
    /// The signal of the lead asked for: a signal description from the header (case-insensitive, e.g. <c>II</c> for
    /// INCART, <c>ECG1</c> for the Supraventricular Arrhythmia Database) or a 0-based signal number; or a
    /// comma-separated list of them, of which the first the record has is taken (<c>MLII,II,ECG1</c> reads MIT-BIH,
    /// INCART and svdb records side by side); without one, MLII if the header names it, else signal 0 (the rule of
    /// every MIT-BIH dataset and model).
    /// </summary>
    /// <param name="header">Record header.</param>
    /// <param name="lead">Lead name or signal number, a comma-separated list of them, or null.</param>
    /// <exception cref="ArgumentException">The record has none of the leads; the message lists its signals.</exception>
    public static int LeadIndex(WfdbHeader header, string? lead)
    {
        ArgumentNullException.ThrowIfNull(header);
        string wanted = lead ?? "MLII,0";
        foreach (string choice in wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            for (int i = 0; i < header.Signals.Count; i++)
                if (string.Equals(header.Signals[i].Description?.Trim(), choice, StringComparison.OrdinalIgnoreCase))
                    return i;
            if (int.TryParse(choice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) && number < header.Signals.Count)
                return number;
        }
        var names = new List<string>();
        for (int i = 0; i < header.Signals.Count; i++)
            names.Add($"{i} = {header.Signals[i].Description?.Trim() ?? "(no description)"}");
        throw new ArgumentException($"record {header.RecordName} has no lead '{wanted}'; its signals: {string.Join(", ", names)}", nameof(lead));
    }
}
