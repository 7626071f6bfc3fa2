using System;
using System.Collections.Generic;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class MitAnnotationReaderTests
{
    [Fact]
    public void Parse_ModifiersApplyToThePrecedingAnnotationAndChanNumPersist()
    {
        byte[] bytes =
        {
            0x64, 0x04,             // N at 100
            0x02, 0xF8, 0x09, 0xF0, // CHN 2, NUM 9 (modify the N at 100)
            0x0A, 0x14,             // V at 110: inherits chan 2 and num 9
            0xFE, 0xF7,             // SUB 0x3FE -> subtyp -2
            0x00, 0x00,
        };

        IReadOnlyList<Annotation> a = AnnotationFile.Parse(bytes, "mem");

        Assert.Equal(new[] { new Annotation(100, AnnotationCode.Normal, 0, 2, 9), new Annotation(110, AnnotationCode.Pvc, -2, 2, 9) }, a);
    }

    [Fact]
    public void Parse_LeadingSkip_OffsetsTheFirstAnnotation()
    {
        byte[] bytes = { 0x00, 0xEC, 0x01, 0x00, 0x02, 0x00, 0x05, 0x04, 0x00, 0x00 };

        IReadOnlyList<Annotation> a = AnnotationFile.Parse(bytes, "mem");

        Assert.Equal(0x10002 + 5, Assert.Single(a).Sample);
    }

    [Fact]
    public void Parse_BytesAfterTheEndWord_AreIgnoredAsByWfdb()
    {
        IReadOnlyList<Annotation> a = AnnotationFile.Parse(new byte[] { 0x05, 0x04, 0x00, 0x00, 0x12, 0x34 }, "mem");

        Assert.Equal(5, Assert.Single(a).Sample);
    }

    [Theory]
    [InlineData(new byte[] { 0x3B, 0x04, 0x00 }, 2, "odd")]
    [InlineData(new byte[] { 0x3B, 0x04 }, 2, "without the end-of-file word")]
    [InlineData(new byte[] { }, 0, "without the end-of-file word")]
    [InlineData(new byte[] { 0x00, 0xEC, 0x00, 0x00 }, 0, "SKIP word needs a 4-byte interval")]
    [InlineData(new byte[] { 0x05, 0x04, 0x05, 0xFC, 0x41, 0x42 }, 2, "AUX of 5 byte(s) is truncated")]
    [InlineData(new byte[] { 0x05, 0x04, 0x00, 0xFD, 0x00, 0x00 }, 2, "AUX length 256 exceeds")]
    [InlineData(new byte[] { 0x64, 0x04, 0x00, 0xEC, 0xFF, 0xFF, 0xCE, 0xFF, 0x00, 0x04, 0x00, 0x00 }, 8, "time goes backwards: annotation at sample 50 follows one at sample 100")]
    [InlineData(new byte[] { 0x00, 0xEC, 0xFF, 0xFF, 0xFB, 0xFF, 0x00, 0x00 }, 0, "makes the time negative")]
    [InlineData(new byte[] { 0x05, 0x00, 0x00, 0x00 }, 0, "annotation code 0 with time increment 5")]
    [InlineData(new byte[] { 0x01, 0xC8, 0x00, 0x00 }, 0, "annotation code 50 is not a WFDB code")]
    [InlineData(new byte[] { 0x05, 0xF0, 0x00, 0x00 }, 0, "NUM word before any annotation")]
    [InlineData(new byte[] { 0x01, 0xFC, 0x41, 0x00, 0x00, 0x00 }, 0, "AUX word before any annotation")]
    public void Parse_Garbage_ThrowsNamingFileAndByteOffset(byte[] bytes, long offset, string detail)
    {
        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => AnnotationFile.Parse(bytes, "bad.atr"));

        Assert.Equal("bad.atr", e.FilePath);
        Assert.Equal(WfdbPositionKind.ByteOffset, e.PositionKind);
        Assert.Equal(offset, e.Position);
        Assert.Contains($"bad.atr, byte offset {offset}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(detail, e.Message, StringComparison.Ordinal);
    }
}
