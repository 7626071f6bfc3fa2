using System;

namespace EdgeEcg.Wfdb.Tests;

/// <summary>Small synthetic records written with <see cref="WfdbRecordWriter"/> for tests.</summary>
internal static class SyntheticRecord
{
    /// <summary>A deterministic pseudo-random signal in [min, max] (xorshift, so tests do not depend on System.Random's algorithm).</summary>
    public static int[] Signal(int length, int min, int max, uint seed)
    {
        var s = new int[length];
        uint x = seed == 0 ? 1u : seed;
        for (int i = 0; i < length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            s[i] = min + (int)(x % (uint)(max - min + 1));
        }

        return s;
    }

    /// <summary>A two-signal format-212 header with both signals in <c>name.dat</c>.</summary>
    public static WfdbHeader Header212(string name) => new()
    {
        RecordName = name,
        SamplingFrequency = 360,
        Signals = new[]
        {
            new SignalSpec { FileName = name + ".dat", Format = 212, AdcResolution = 11, AdcZero = 1024, Description = "MLII" },
            new SignalSpec { FileName = name + ".dat", Format = 212, AdcResolution = 11, AdcZero = 1024, Description = "V5" },
        },
    };

    /// <summary>Writes a two-signal format-212 record of <paramref name="length"/> samples and returns its record path.</summary>
    public static string Write212(TempDirectory dir, string name, int length)
    {
        string path = dir.File(name);
        WfdbRecordWriter.Write(path, Header212(name), new[] { Signal(length, -2048, 2047, 1), Signal(length, -2048, 2047, 2) });
        return path;
    }

    /// <summary>Replaces the text of a record's header.</summary>
    public static void EditHeader(string recordPath, Func<string, string> edit)
    {
        string hea = recordPath + ".hea";
        System.IO.File.WriteAllText(hea, edit(System.IO.File.ReadAllText(hea)));
    }
}
