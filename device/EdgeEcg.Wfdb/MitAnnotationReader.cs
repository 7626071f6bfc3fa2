using System.Collections.Generic;
using System.Text;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Decodes an MIT-format annotation file with the rules of WFDB's <c>getann</c>: each annotation word is
/// followed by the pseudo-annotation words that modify it (SUB, CHN, NUM, AUX); SKIP adds a 32-bit
/// increment to the running time; <c>chan</c> and <c>num</c> carry over to later annotations; word 0 ends
/// the file. Unlike <c>getann</c>, anything malformed is an error naming the byte offset.
/// </summary>
internal sealed class MitAnnotationReader
{
    private readonly byte[] _b;
    private readonly string _path;
    private readonly List<Annotation> _result = new();
    private int _pos;
    private long _time;
    private byte _chan;
    private byte _num;
    private bool _open;
    private long _curTime;
    private int _curCode;
    private sbyte _curSub;
    private string? _curAux;

    private MitAnnotationReader(byte[] bytes, string path)
    {
        _b = bytes;
        _path = path;
    }

    public static List<Annotation> Read(byte[] bytes, string path) => new MitAnnotationReader(bytes, path).Run();

    private List<Annotation> Run()
    {
        if (_b.Length % 2 != 0)
        {
            throw WfdbFormatException.AtByte(_path, _b.Length - 1, $"file length {_b.Length} is odd; MIT annotation files are 16-bit words");
        }

        while (true)
        {
            if (_pos + 2 > _b.Length)
            {
                throw WfdbFormatException.AtByte(_path, _pos, "file ends without the end-of-file word (0)");
            }

            int at = _pos;
            int word = _b[_pos] | (_b[_pos + 1] << 8);
            _pos += 2;
            if (word == 0)
            {
                Flush();
                return _result;
            }

            int code = word >> MitAnnotationWord.CodeShift;
            int data = word & MitAnnotationWord.DataMask;
            switch (code)
            {
                case MitAnnotationWord.Skip:
                    ReadSkip(at);
                    break;
                case MitAnnotationWord.Num:
                    RequireOpen(at, "NUM");
                    _num = (byte)data;
                    break;
                case MitAnnotationWord.Sub:
                    RequireOpen(at, "SUB");
                    _curSub = (sbyte)(byte)data;
                    break;
                case MitAnnotationWord.Chn:
                    RequireOpen(at, "CHN");
                    _chan = (byte)data;
                    break;
                case MitAnnotationWord.Aux:
                    RequireOpen(at, "AUX");
                    ReadAux(at, data);
                    break;
                default:
                    StartAnnotation(at, code, data);
                    break;
            }
        }
    }

    private void ReadSkip(int at)
    {
        if (_pos + 4 > _b.Length)
        {
            throw WfdbFormatException.AtByte(_path, at, $"SKIP word needs a 4-byte interval but only {_b.Length - _pos} byte(s) follow");
        }

        int high = _b[_pos] | (_b[_pos + 1] << 8);
        int low = _b[_pos + 2] | (_b[_pos + 3] << 8);
        int interval = (high << 16) | low;
        _pos += 4;
        _time += interval;
        if (_time < 0)
        {
            throw WfdbFormatException.AtByte(_path, at, $"SKIP of {interval} makes the time negative ({_time})");
        }
    }

    private void ReadAux(int at, int length)
    {
        if (length > Annotation.MaxAuxLength)
        {
            throw WfdbFormatException.AtByte(_path, at, $"AUX length {length} exceeds {Annotation.MaxAuxLength} bytes");
        }

        int padded = (length + 1) & ~1;
        if (_pos + padded > _b.Length)
        {
            throw WfdbFormatException.AtByte(_path, at, $"AUX of {length} byte(s) is truncated: only {_b.Length - _pos} byte(s) follow");
        }

        _curAux = Encoding.Latin1.GetString(_b, _pos, length);
        _pos += padded;
    }

    private void StartAnnotation(int at, int code, int increment)
    {
        if (code == 0)
        {
            throw WfdbFormatException.AtByte(_path, at, $"annotation code 0 with time increment {increment} (only the end-of-file word may have code 0)");
        }

        if (code > AnnotationCodes.MaxCode)
        {
            throw WfdbFormatException.AtByte(_path, at, $"annotation code {code} is not a WFDB code (1-{AnnotationCodes.MaxCode}, pseudo-codes 59-63)");
        }

        long previous = _curTime;
        Flush();
        _time += increment;
        if (_time < previous)
        {
            throw WfdbFormatException.AtByte(_path, at, $"time goes backwards: annotation at sample {_time} follows one at sample {previous}");
        }

        _open = true;
        _curTime = _time;
        _curCode = code;
        _curSub = 0;
        _curAux = null;
    }

    private void RequireOpen(int at, string what)
    {
        if (!_open)
        {
            throw WfdbFormatException.AtByte(_path, at, $"{what} word before any annotation (it must follow the annotation it modifies)");
        }
    }

    private void Flush()
    {
        if (_open)
        {
            _result.Add(new Annotation(_curTime, (AnnotationCode)_curCode, _curSub, _chan, _num, _curAux));
            _open = false;
        }
    }
}
