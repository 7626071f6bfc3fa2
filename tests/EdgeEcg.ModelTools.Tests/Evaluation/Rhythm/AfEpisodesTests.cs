using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Evaluation.Rhythm;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Rhythm;

public class AfEpisodesTests
{
    private static Annotation Rhythm(long sample, string aux) => new(sample, AnnotationCode.Rhythm, aux: aux);

    [Fact]
    public void ReferenceEpisodes_RunFromAfibToTheNextRhythmChange_OrTheRecordsEnd()
    {
        var annotations = new List<Annotation>
        {
            Rhythm(0, "(N"),
            new(50, AnnotationCode.Normal),
            Rhythm(100, "(AFIB"),
            Rhythm(150, "(AFIB"), // a repeated label does not split the episode
            Rhythm(300, "(AFL"),
            Rhythm(400, "(AFIB"),
        };
        Assert.Equal(new List<(long, long)> { (100, 300), (400, 1000) }, AfEpisodes.FromReference(annotations, 1000));
        Assert.Empty(AfEpisodes.FromReference(new[] { Rhythm(0, "(N") }, 1000));
    }

    [Fact]
    public void DetectedEpisodes_AreRunsOfFlaggedBeats_EndingAtTheNextBeat()
    {
        long[] t = { 10, 20, 30, 40, 50, 60 };
        bool[] f = { false, true, true, false, true, true };
        Assert.Equal(new List<(long, long)> { (20, 40), (50, 61) }, AfEpisodes.FromFlags(t, f));
        var e = Assert.Throws<ArgumentException>(() => AfEpisodes.FromFlags(t, new bool[2]));
        Assert.Contains("6 beats but 2 flags", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_CutsTheLearningPeriodAway()
    {
        var episodes = new List<(long Start, long End)> { (0, 100), (50, 300), (400, 500) };
        Assert.Equal(new List<(long, long)> { (200, 300), (400, 500) }, AfEpisodes.From(episodes, 200));
        Assert.Equal(episodes, AfEpisodes.From(episodes, 0));
    }

    [Fact]
    public void OverlapAndOverlappingEpisodes_AreCounted()
    {
        var reference = new List<(long Start, long End)> { (0, 100), (200, 300), (500, 600) };
        var detected = new List<(long Start, long End)> { (50, 250), (700, 800) };
        Assert.Equal(300, AfEpisodes.Length(reference));
        Assert.Equal(100, AfEpisodes.Overlap(reference, detected)); // 50 + 50
        Assert.Equal(2, AfEpisodes.Overlapping(reference, detected));
        Assert.Equal(1, AfEpisodes.Overlapping(detected, reference));
        AfRecordResult r = AfEvaluation.Score("x", reference, detected, 100);
        Assert.Equal(new AfRecordResult("x", 3, 2, 2, 1, 3.0, 3.0, 1.0), r);
    }
}
