using System.Collections.Generic;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.ModelTools.Evaluation.Matching;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public class MatchEventsTests
{
    [Fact]
    public void AnnotationsMapAsBxbReadsThem()
    {
        Annotation[] annotations =
        {
            new(10, AnnotationCode.Normal),
            new(20, AnnotationCode.Rhythm, aux: "(VT"),
            new(30, AnnotationCode.Pvc),
            new(40, AnnotationCode.Noise, subType: -1),
            new(50, AnnotationCode.Noise, subType: 0),
            new(60, AnnotationCode.VfOn),
            new(70, AnnotationCode.FlutterWave),
            new(80, AnnotationCode.VfOff),
            new(90, AnnotationCode.PWave),
            new(100, AnnotationCode.Unknown),
        };

        List<MatchEvent> events = MatchEvents.FromAnnotations(annotations);

        Assert.Equal(
            new[]
            {
                new MatchEvent(10, MatchEventKind.Beat),
                new MatchEvent(30, MatchEventKind.Beat),
                new MatchEvent(40, MatchEventKind.ShutdownOn),
                new MatchEvent(50, MatchEventKind.Noise),
                new MatchEvent(60, MatchEventKind.VfOn),
                new MatchEvent(70, MatchEventKind.Beat), // WFDB's isqrs counts flutter waves; bxb skips them inside [ ]
                new MatchEvent(80, MatchEventKind.VfOff),
                new MatchEvent(100, MatchEventKind.Beat),
            },
            events);
    }

    [Fact]
    public void ChainEventsBecomeBeatsAndShutdownMarks()
    {
        ChainEvent[] events =
        {
            new(100, ChainEventKind.Beat),
            new(200, ChainEventKind.UnreadableStart),
            new(900, ChainEventKind.UnreadableEnd),
        };

        List<Annotation> annotations = ChainAnnotations.FromEvents(events);

        Assert.Equal(new Annotation(100, AnnotationCode.Normal), annotations[0]);
        Assert.Equal(new Annotation(200, AnnotationCode.Noise, subType: -1), annotations[1]);
        Assert.Equal(new Annotation(900, AnnotationCode.Noise, subType: 0), annotations[2]);
        Assert.Equal(
            new[] { MatchEventKind.Beat, MatchEventKind.ShutdownOn, MatchEventKind.Noise },
            MatchEvents.FromAnnotations(annotations).ConvertAll(e => e.Kind));
    }
}
