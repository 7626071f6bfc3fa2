using System;
using System.Collections.Generic;
using System.IO;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Device.Annotate;

/// <summary>
/// Runs the device chain over one signal of a WFDB record and writes what it found as a WFDB annotation file,
/// so PhysioNet's <c>bxb</c> (or <c>edgeecg-model eval qrs --annotations</c>) can judge it.
/// </summary>
/// <remarks>
/// Beats are written as 'N' at the record's own sample numbers. Unreadable stretches are marked the way bxb
/// expects a test annotator to mark shutdown: NOISE with subtype −1 (all signals unreadable) at the onset and
/// NOISE with subtype 0 where the signal is readable again.
/// </remarks>
public static class RecordAnnotator
{
    /// <summary>Annotates a record.</summary>
    /// <param name="recordPath">Record path without extension, e.g. <c>.../mitdb/100</c>.</param>
    /// <param name="outputDirectory">Folder for the annotation file (created when missing).</param>
    /// <param name="annotator">Annotator name: the file extension.</param>
    /// <param name="signal">0-based signal index.</param>
    /// <param name="mains">Mains frequency to notch.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="FileNotFoundException">The record's header or signal file is missing.</exception>
    /// <exception cref="WfdbFormatException">The record is corrupt.</exception>
    /// <exception cref="NotSupportedException">The sampling rate is not 250, 360 or 500 Hz, or the signal is not in volt units.</exception>
    public static AnnotateResult Annotate(string recordPath, string outputDirectory, string annotator, int signal, MainsFrequency mains)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(annotator);
        if (annotator.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || annotator.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Annotator name '{annotator}' must be a plain file extension.", nameof(annotator));
        }

        RecordSignal ecg = RecordSignal.Read(recordPath, signal);
        ChainRecording run = ChainRecording.Run(ecg.Samples, ecg.SampleRateHz, mains);

        Directory.CreateDirectory(outputDirectory);
        string path = Path.Combine(outputDirectory, ecg.RecordName + "." + annotator);
        AnnotationFile.Write(path, ChainAnnotations.FromEvents(run.Events));
        return new AnnotateResult(ecg.RecordName, path, run.BeatCount, run.SuppressedBeatCount, run.UnreadableSeconds, ecg.DurationSeconds);
    }
}
