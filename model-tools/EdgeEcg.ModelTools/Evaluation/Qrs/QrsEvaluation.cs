using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>
/// EC57 QRS detection evaluation: runs the device chain (or reads a test annotator's files) on each record and
/// compares the beats with the reference annotations using <see cref="BxbMatcher"/>.
/// </summary>
public static class QrsEvaluation
{
    /// <summary>Evaluates several records of one database, in parallel.</summary>
    /// <param name="databaseDirectory">The database folder.</param>
    /// <param name="records">Record names.</param>
    /// <param name="settings">How to run.</param>
    public static QrsSummary Run(string databaseDirectory, IReadOnlyList<string> records, QrsEvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(settings);
        QrsRecordResult[] results = new QrsRecordResult[records.Count];
        ParallelOptions options = new() { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism) };
        Parallel.For(0, records.Count, options, i => results[i] = EvaluateRecord(databaseDirectory, records[i], settings));
        return new QrsSummary(settings, results);
    }

    /// <summary>Evaluates one record.</summary>
    /// <param name="databaseDirectory">The database folder.</param>
    /// <param name="record">The record name.</param>
    /// <param name="settings">How to run.</param>
    public static QrsRecordResult EvaluateRecord(string databaseDirectory, string record, QrsEvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string recordPath = Path.Combine(databaseDirectory, record);
        WfdbHeader header = WfdbHeader.Read(recordPath);
        IReadOnlyList<Annotation> reference = AnnotationFile.Read(AnnotationFile.PathFor(recordPath, settings.ReferenceAnnotator));
        IReadOnlyList<Annotation> test = TestAnnotations(recordPath, record, settings);

        double fs = header.SamplingFrequency;
        long window = (long)Math.Round(settings.MatchWindowMs / 1000.0 * fs);
        long start = (long)Math.Round(settings.StartMinutes * 60.0 * fs);
        long end = header.SampleCount > 0 ? header.SampleCount : -1;
        List<MatchEvent> refEvents = MatchEvents.FromAnnotations(reference);
        List<MatchEvent> testEvents = MatchEvents.FromAnnotations(test);
        MatchCounts scored = BxbMatcher.Compare(refEvents, testEvents, window, start, end);
        MatchCounts all = BxbMatcher.Compare(refEvents, testEvents, window, 0, end);
        return new QrsRecordResult(record, scored, all, all.ShutdownSamples / fs);
    }

    private static IReadOnlyList<Annotation> TestAnnotations(string recordPath, string record, QrsEvaluationSettings settings)
    {
        if (settings.AnnotationDirectory is not null)
        {
            return AnnotationFile.Read(Path.Combine(settings.AnnotationDirectory, record + "." + settings.Annotator));
        }

        // A record at a rate the chain does not take is resampled to 250 Hz first; positions go back to its own samples.
        ChainInput input = ChainInput.Read(recordPath, settings.Lead ?? settings.Signal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ChainRecording run = ChainRecording.Run(input.Samples, input.ChainRateHz, settings.Mains, settings.KeepBeatsInUnreadable);
        ChainEvent[] events = input.Resampled
            ? Array.ConvertAll(run.Events, e => new ChainEvent(input.ToRecordSample(e.SourceSample), e.Kind))
            : run.Events;
        return ChainAnnotations.FromEvents(events);
    }
}
