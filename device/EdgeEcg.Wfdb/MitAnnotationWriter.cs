using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Encodes annotations in MIT format exactly as WFDB's <c>putann</c> does: a SKIP (with the whole interval)
/// when the increment exceeds 1023, the annotation word, then SUB when the subtype is non-zero, CHN and NUM
/// when they differ from the previous annotation's (initially 0), AUX when the aux string is non-empty
/// (padded to an even length with a 0 byte), and finally the end-of-file word 0 (<c>oannclose</c>).
/// </summary>
internal static class MitAnnotationWriter
{
    public static byte[] Write(IEnumerable<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        using var stream = new MemoryStream();
        long previousTime = 0;
        byte previousChan = 0;
        byte previousNum = 0;
        int index = 0;
        foreach (Annotation a in annotations)
        {
            int code = (int)a.Code;
            if (code < 1 || code > AnnotationCodes.MaxCode)
            {
                throw new ArgumentException($"Annotation {index} at sample {a.Sample} has code {code}; only codes 1-{AnnotationCodes.MaxCode} can be written.", nameof(annotations));
            }

            long delta = a.Sample - previousTime;
            if (delta < 0)
            {
                throw new ArgumentException($"Annotation {index} at sample {a.Sample} comes before the previous one at sample {previousTime}; annotations must be in time order.", nameof(annotations));
            }

            if (delta > MitAnnotationWord.MaxIncrement)
            {
                if (delta > int.MaxValue)
                {
                    throw new ArgumentException($"Annotation {index} at sample {a.Sample} is {delta} samples after the previous one; a SKIP holds at most {int.MaxValue}.", nameof(annotations));
                }

                PutWord(stream, MitAnnotationWord.Skip, 0);
                PutWord(stream, (int)(delta >> 16) & 0xFFFF);
                PutWord(stream, (int)delta & 0xFFFF);
                delta = 0;
            }

            PutWord(stream, code, (int)delta);
            if (a.SubType != 0)
            {
                PutWord(stream, MitAnnotationWord.Sub, a.SubType & MitAnnotationWord.DataMask);
            }

            if (a.Channel != previousChan)
            {
                PutWord(stream, MitAnnotationWord.Chn, a.Channel);
            }

            if (a.Number != previousNum)
            {
                // WFDB's num is a signed char: DATA & num sign-extends into the 10-bit field.
                PutWord(stream, MitAnnotationWord.Num, (sbyte)a.Number & MitAnnotationWord.DataMask);
            }

            if (!string.IsNullOrEmpty(a.AuxRaw))
            {
                PutAux(stream, a.AuxRaw);
            }

            previousTime = a.Sample;
            previousChan = a.Channel;
            previousNum = a.Number;
            index++;
        }

        PutWord(stream, 0);
        return stream.ToArray();
    }

    private static void PutAux(MemoryStream stream, string aux)
    {
        PutWord(stream, MitAnnotationWord.Aux, aux.Length);
        foreach (char c in aux)
        {
            stream.WriteByte((byte)c);
        }

        if (aux.Length % 2 != 0)
        {
            stream.WriteByte(0);
        }
    }

    private static void PutWord(MemoryStream stream, int code, int data) =>
        PutWord(stream, (code << MitAnnotationWord.CodeShift) | data);

    private static void PutWord(MemoryStream stream, int word)
    {
        stream.WriteByte((byte)word);
        stream.WriteByte((byte)(word >> 8));
    }
}
