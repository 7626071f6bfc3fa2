using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Records;

/// <summary>Turns the device chain's events into the WFDB annotations a test annotator writes.</summary>
/// <remarks>
/// Beats are written as 'N' (the chain does not classify). Unreadable stretches are marked the way PhysioNet's
/// <c>bxb</c> expects a test annotator to mark shutdown: NOISE with subtype −1 (all signals unreadable) at the
/// onset and NOISE with subtype 0 where the signal is readable again.
/// </remarks>
public static class ChainAnnotations
{
    /// <summary>The annotations for a chain run, in the events' (time) order.</summary>
    /// <param name="events">The chain's events, at source sample numbers.</param>
    /// <param name="beatCodes">The code of each beat event, in order (a classifier's labels); null writes every beat as 'N'.</param>
    public static List<Annotation> FromEvents(IReadOnlyList<ChainEvent> events, IReadOnlyList<AnnotationCode>? beatCodes = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        List<Annotation> annotations = new(events.Count);
        int beat = 0;
        foreach (ChainEvent e in events)
        {
            if (e.Kind == ChainEventKind.Beat && beatCodes is not null && beat >= beatCodes.Count)
                throw new ArgumentException($"{beatCodes.Count} beat codes for more beat events (beat at sample {e.SourceSample})", nameof(beatCodes));
            annotations.Add(e.Kind switch
            {
                ChainEventKind.Beat => new Annotation(e.SourceSample, beatCodes is null ? AnnotationCode.Normal : beatCodes[beat++]),
                ChainEventKind.UnreadableStart => new Annotation(e.SourceSample, AnnotationCode.Noise, subType: -1),
                ChainEventKind.UnreadableEnd => new Annotation(e.SourceSample, AnnotationCode.Noise, subType: 0),
                _ => throw new ArgumentException($"Unknown chain event kind {e.Kind} at sample {e.SourceSample}.", nameof(events)),
            });
        }

        if (beatCodes is not null && beat != beatCodes.Count)
            throw new ArgumentException($"{beatCodes.Count} beat codes for {beat} beat events", nameof(beatCodes));
        return annotations;
    }
}
