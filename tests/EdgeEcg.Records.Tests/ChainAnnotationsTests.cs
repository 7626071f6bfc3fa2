using System;
using System.Collections.Generic;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.Records.Tests;

public class ChainAnnotationsTests
{
    [Fact]
    public void BeatsBecomeNormalAndUnreadableStretchesBecomeShutdownMarks()
    {
        ChainEvent[] events =
        {
            new(100, ChainEventKind.Beat),
            new(200, ChainEventKind.UnreadableStart),
            new(900, ChainEventKind.UnreadableEnd),
            new(950, ChainEventKind.Beat),
        };

        List<Annotation> annotations = ChainAnnotations.FromEvents(events);

        Assert.Equal(
            new[]
            {
                new Annotation(100, AnnotationCode.Normal),
                new Annotation(200, AnnotationCode.Noise, subType: -1),
                new Annotation(900, AnnotationCode.Noise, subType: 0),
                new Annotation(950, AnnotationCode.Normal),
            },
            annotations);
    }

    [Fact]
    public void BeatCodes_LabelTheBeatEventsInOrder_AndMustMatchTheirNumber()
    {
        ChainEvent[] events = { new(100, ChainEventKind.Beat), new(200, ChainEventKind.UnreadableStart), new(900, ChainEventKind.UnreadableEnd), new(950, ChainEventKind.Beat) };

        List<Annotation> annotations = ChainAnnotations.FromEvents(events, new[] { AnnotationCode.Pvc, AnnotationCode.Apc });

        Assert.Equal(new[] { AnnotationCode.Pvc, AnnotationCode.Noise, AnnotationCode.Noise, AnnotationCode.Apc }, annotations.ConvertAll(a => a.Code));
        Assert.Contains("1 beat codes for more beat events (beat at sample 950)",
            Assert.Throws<ArgumentException>(() => ChainAnnotations.FromEvents(events, new[] { AnnotationCode.Pvc })).Message);
        Assert.Contains("3 beat codes for 2 beat events",
            Assert.Throws<ArgumentException>(() => ChainAnnotations.FromEvents(events, new[] { AnnotationCode.Pvc, AnnotationCode.Pvc, AnnotationCode.Pvc })).Message);
    }

    [Fact]
    public void AnnotationsSurviveTheMitFormat()
    {
        ChainEvent[] events = { new(5, ChainEventKind.Beat), new(70000, ChainEventKind.UnreadableStart), new(140000, ChainEventKind.UnreadableEnd) };
        List<Annotation> annotations = ChainAnnotations.FromEvents(events);

        IReadOnlyList<Annotation> back = AnnotationFile.Parse(AnnotationFile.ToBytes(annotations), "chain.edg");

        Assert.Equal(annotations, back);
    }

    [Fact]
    public void UnknownEventKindIsRefusedNamingTheSample()
    {
        ChainEvent[] events = { new(42, (ChainEventKind)99) };
        ArgumentException e = Assert.Throws<ArgumentException>(() => ChainAnnotations.FromEvents(events));
        Assert.Contains("42", e.Message);
    }
}
