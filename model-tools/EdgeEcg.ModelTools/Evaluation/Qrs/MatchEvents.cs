using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>Turns WFDB annotations and chain output into the events the bxb-style matcher reads.</summary>
public static class MatchEvents
{
    /// <summary>Maps annotations as bxb does: beats by WFDB <c>isqrs</c>, NOISE by subtype, VFON/VFOFF; everything else is ignored.</summary>
    /// <param name="annotations">Annotations in time order.</param>
    public static List<MatchEvent> FromAnnotations(IReadOnlyList<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        List<MatchEvent> events = new(annotations.Count);
        foreach (Annotation a in annotations)
        {
            if (AnnotationCodes.IsBeat(a.Code))
            {
                events.Add(new MatchEvent(a.Sample, MatchEventKind.Beat));
            }
            else if (a.Code == AnnotationCode.Noise)
            {
                events.Add(MatchEvent.FromNoise(a.Sample, a.SubType));
            }
            else if (a.Code == AnnotationCode.VfOn)
            {
                events.Add(new MatchEvent(a.Sample, MatchEventKind.VfOn));
            }
            else if (a.Code == AnnotationCode.VfOff)
            {
                events.Add(new MatchEvent(a.Sample, MatchEventKind.VfOff));
            }
        }

        return events;
    }
}
