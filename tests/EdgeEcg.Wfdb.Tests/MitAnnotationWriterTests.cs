using System;
using System.Collections.Generic;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class MitAnnotationWriterTests
{
    private static readonly Annotation[] Sample =
    {
        new(18, AnnotationCode.Rhythm, aux: "(N\0"),
        new(77, AnnotationCode.Normal),
        new(2000, AnnotationCode.Pvc, subType: -1, channel: 1, number: 5),
        new(2000, AnnotationCode.Normal, channel: 1, number: 5),
        new(2001, AnnotationCode.Noise, channel: 0, number: 5, aux: "x"),
    };

    [Fact]
    public void ToBytes_FollowsPutannWordByWord()
    {
        // Words per WFDB annot.c putann (code << 10 | data, little-endian); the first 12 bytes equal mitdb/100.atr's.
        byte[] expected =
        {
            0x12, 0x70, 0x03, 0xFC, 0x28, 0x4E, 0x00, 0x00, // + at 18, AUX len 3 "(N\0" + pad
            0x3B, 0x04,                                     // N, increment 59
            0x00, 0xEC, 0x00, 0x00, 0x83, 0x07,             // SKIP 1923: high word 0, low word 0x0783
            0x00, 0x14,                                     // V, increment 0
            0xFF, 0xF7,                                     // SUB -1 (DATA & subtyp = 0x3FF)
            0x01, 0xF8,                                     // CHN 1 (changed from 0)
            0x05, 0xF0,                                     // NUM 5 (changed from 0)
            0x00, 0x04,                                     // N, increment 0; chan and num unchanged: no CHN/NUM
            0x01, 0x38,                                     // ~, increment 1
            0x00, 0xF8,                                     // CHN 0
            0x01, 0xFC, 0x78, 0x00,                         // AUX len 1 "x" + pad
            0x00, 0x00,                                     // end of file
        };

        Assert.Equal(expected, AnnotationFile.ToBytes(Sample));
    }

    [Fact]
    public void ToBytes_ThenParse_GivesTheSameAnnotations()
    {
        Assert.Equal(Sample, AnnotationFile.Parse(AnnotationFile.ToBytes(Sample), "mem"));
    }

    [Fact]
    public void ToBytes_ThenParse_RoundTripsLargeGapsAndEveryFieldValue()
    {
        var list = new List<Annotation>();
        long t = 0;
        long[] gaps = { 0, 1, 1023, 1024, 65535, 65536, 1L << 30, int.MaxValue };
        int[] auxLengths = { 0, 1, 2, 254, 255 };
        for (int i = 0; i < 400; i++)
        {
            t += gaps[i % gaps.Length];
            string? aux = i % 7 == 0 ? null : new string((char)('!' + (i % 90)), auxLengths[i % auxLengths.Length]);
            list.Add(new Annotation(
                t,
                (AnnotationCode)(1 + (i % AnnotationCodes.MaxCode)),
                subType: (sbyte)((i * 37) % 256 - 128),
                channel: (byte)(i % 3 == 0 ? i % 256 : 0),
                number: (byte)(i % 5 == 0 ? (i * 13) % 256 : 7),
                aux: aux));
        }

        byte[] bytes = AnnotationFile.ToBytes(list);
        IReadOnlyList<Annotation> back = AnnotationFile.Parse(bytes, "mem");

        Assert.True(t > int.MaxValue, "the list must exceed a 32-bit sample count");
        Assert.Equal(NormaliseEmptyAux(list), back);
        Assert.Equal(bytes, AnnotationFile.ToBytes(back));
    }

    [Fact]
    public void ToBytes_OutOfTimeOrder_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            AnnotationFile.ToBytes(new[] { new Annotation(10, AnnotationCode.Normal), new Annotation(9, AnnotationCode.Normal) }));

        Assert.Contains("Annotation 1 at sample 9 comes before the previous one at sample 10", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(59)]
    public void ToBytes_CodeThatCannotBeStored_Throws(int code)
    {
        Assert.Throws<ArgumentException>(() => AnnotationFile.ToBytes(new[] { new Annotation(1, (AnnotationCode)code) }));
    }

    [Fact]
    public void ToBytes_GapBeyond32Bits_Throws()
    {
        Assert.Throws<ArgumentException>(() => AnnotationFile.ToBytes(new[] { new Annotation(1L + int.MaxValue, AnnotationCode.Normal) }));
    }

    [Fact]
    public void ToBytes_NoAnnotations_IsJustTheEndWord()
    {
        Assert.Equal(new byte[] { 0, 0 }, AnnotationFile.ToBytes(Array.Empty<Annotation>()));
    }

    // putann writes no AUX for an empty aux string, so it reads back as null.
    private static List<Annotation> NormaliseEmptyAux(List<Annotation> list) =>
        list.ConvertAll(a => a.AuxRaw is { Length: 0 } ? new Annotation(a.Sample, a.Code, a.SubType, a.Channel, a.Number) : a);
}
