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
    public static List<Annotation> FromEvents(IReadOnlyList<ChainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        List<Annotation> annotations = new(events.Count);
        foreach (ChainEvent e in events)
        {
            annotations.Add(e.Kind switch
            {
                ChainEventKind.Beat => new Annotation(e.SourceSample, AnnotationCode.Normal),
                ChainEventKind.UnreadableStart => new Annotation(e.SourceSample, AnnotationCode.Noise, subType: -1),
                ChainEventKind.UnreadableEnd => new Annotation(e.SourceSample, AnnotationCode.Noise, subType: 0),
                _ => throw new ArgumentException($"Unknown chain event kind {e.Kind} at sample {e.SourceSample}.", nameof(events)),
            });
        }

        return annotations;
    }
}
