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
    public static List<MatchEvent> FromAnnotations(IReadOnlyList<Annotation> annotations) => FromAnnotations(annotations, out _);

    /// <summary>Maps annotations as bxb does, and tells which annotation each event came from.</summary>
    /// <param name="annotations">Annotations in time order.</param>
    /// <param name="source">For each event, the position of its annotation in <paramref name="annotations"/>.</param>
    public static List<MatchEvent> FromAnnotations(IReadOnlyList<Annotation> annotations, out int[] source)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        List<MatchEvent> events = new(annotations.Count);
        List<int> from = new(annotations.Count);
        for (int i = 0; i < annotations.Count; i++)
        {
            Annotation a = annotations[i];
            MatchEvent? e = null;
            if (AnnotationCodes.IsBeat(a.Code))
            {
                e = new MatchEvent(a.Sample, MatchEventKind.Beat);
            }
            else if (a.Code == AnnotationCode.Noise)
            {
                e = MatchEvent.FromNoise(a.Sample, a.SubType);
            }
            else if (a.Code == AnnotationCode.VfOn)
            {
                e = new MatchEvent(a.Sample, MatchEventKind.VfOn);
            }
            else if (a.Code == AnnotationCode.VfOff)
            {
                e = new MatchEvent(a.Sample, MatchEventKind.VfOff);
            }

            if (e is MatchEvent ev)
            {
                events.Add(ev);
                from.Add(i);
            }
        }

        source = from.ToArray();
        return events;
    }
}
