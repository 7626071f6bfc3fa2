using System;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class AnnotationTests
{
    [Fact]
    public void Aux_StopsAtTheFirstNulWhileAuxRawKeepsEveryByte()
    {
        var a = new Annotation(18, AnnotationCode.Rhythm, aux: "(N\0");

        Assert.Equal("(N", a.Aux);
        Assert.Equal("(N\0", a.AuxRaw);
    }

    [Fact]
    public void Aux_AbsentIsNull()
    {
        var a = new Annotation(1, AnnotationCode.Normal);

        Assert.Null(a.Aux);
        Assert.Null(a.AuxRaw);
    }

    [Fact]
    public void Constructor_RejectsNegativeSampleLongAuxAndNonByteChars()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Annotation(-1, AnnotationCode.Normal));
        Assert.Throws<ArgumentException>(() => new Annotation(0, AnnotationCode.Note, aux: new string('a', 256)));
        Assert.Throws<ArgumentException>(() => new Annotation(0, AnnotationCode.Note, aux: "\u0100"));
    }

    [Fact]
    public void Equality_ComparesEveryField()
    {
        var a = new Annotation(5, AnnotationCode.Pvc, -1, 2, 3, "x");

        Assert.Equal(a, new Annotation(5, AnnotationCode.Pvc, -1, 2, 3, "x"));
        Assert.NotEqual(a, new Annotation(5, AnnotationCode.Pvc, -1, 2, 3, "x\0"));
        Assert.NotEqual(a, new Annotation(5, AnnotationCode.Pvc, -1, 2, 4, "x"));
        Assert.True(a != new Annotation(6, AnnotationCode.Pvc, -1, 2, 3, "x"));
    }

    [Fact]
    public void ToString_IsLikeRdann()
    {
        Assert.Equal("18 + 0 0 0 (N", new Annotation(18, AnnotationCode.Rhythm, aux: "(N\0").ToString());
    }
}
