using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Parses a signal line: <c>file format[xspf][:skew][+offset] [gain[(baseline)][/units] [adcres [adczero
/// [initval [checksum [blocksize [description]]]]]]]</c>; the description is the rest of the line.
/// </summary>
internal static partial class SignalLineParser
{
    private const int DescriptionField = 8;

    public static SignalSpec Parse(string line, string source, int lineNumber)
    {
        List<string> f = Tokenize(line, out string description);
        if (f.Count < 2)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"signal line '{line}' needs at least a file name and a format");
        }

        Match format = FormatPattern().Match(f[1]);
        if (!format.Success)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"format field '{f[1]}' is not fmt[xspf][:skew][+offset]");
        }

        int fmt = HeaderFields.ParseInt(format.Groups["fmt"].Value, "format", source, lineNumber);
        int spf = format.Groups["spf"].Success ? HeaderFields.ParseInt(format.Groups["spf"].Value, "samples per frame", source, lineNumber) : 1;
        if (spf < 1)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"samples per frame {spf} in '{f[1]}' must be at least 1");
        }

        var spec = new SignalSpec
        {
            FileName = f[0],
            Format = fmt,
            HeaderLine = lineNumber,
            SamplesPerFrame = spf,
            Skew = format.Groups["skew"].Success ? HeaderFields.ParseInt(format.Groups["skew"].Value, "skew", source, lineNumber) : 0,
            ByteOffset = format.Groups["offset"].Success ? HeaderFields.ParseLong(format.Groups["offset"].Value, "byte offset", source, lineNumber) : 0,
            AdcResolution = f.Count > 3 ? HeaderFields.ParseInt(f[3], "ADC resolution", source, lineNumber) : 0,
            AdcZero = f.Count > 4 ? HeaderFields.ParseInt(f[4], "ADC zero", source, lineNumber) : 0,
            BlockSize = f.Count > 7 ? HeaderFields.ParseInt(f[7], "block size", source, lineNumber) : 0,
            Description = description,
        };

        if (spec.AdcResolution == 0)
        {
            spec = spec with { AdcResolution = DefaultResolution(fmt) };
        }

        if (f.Count > 2)
        {
            spec = ApplyGain(spec, f[2], source, lineNumber);
        }
        else
        {
            spec = spec with { IsUncalibrated = true };
        }

        if (f.Count > 5)
        {
            spec = spec with { InitialValue = HeaderFields.ParseInt(f[5], "initial value", source, lineNumber) };
        }

        if (f.Count > 6)
        {
            spec = spec with { Checksum = HeaderFields.ParseInt(f[6], "checksum", source, lineNumber) };
        }

        return spec;
    }

    /// <summary>WFDB's default ADC resolution for a format when the header gives none.</summary>
    public static int DefaultResolution(int format) => format switch
    {
        80 => 8,
        16 or 61 or 160 => 16,
        310 or 311 => 10,
        24 => 24,
        32 => 32,
        _ => 12,
    };

    private static SignalSpec ApplyGain(SignalSpec spec, string token, string source, int line)
    {
        Match m = GainPattern().Match(token);
        if (!m.Success)
        {
            throw WfdbFormatException.AtLine(source, line, $"gain field '{token}' is not gain[(baseline)][/units]");
        }

        double gain = HeaderFields.ParseDouble(m.Groups["gain"].Value, "gain", source, line);
        if (gain == 0)
        {
            spec = spec with { Gain = SignalSpec.DefaultGain, IsUncalibrated = true };
        }
        else
        {
            spec = spec with { Gain = gain };
        }

        if (m.Groups["baseline"].Success)
        {
            spec = spec with { Baseline = HeaderFields.ParseInt(m.Groups["baseline"].Value, "baseline", source, line) };
        }

        if (m.Groups["units"].Success)
        {
            spec = spec with { Units = m.Groups["units"].Value };
        }

        return spec;
    }

    private static List<string> Tokenize(string line, out string description)
    {
        var tokens = new List<string>();
        description = string.Empty;
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            if (tokens.Count == DescriptionField)
            {
                description = line.Substring(i).Trim();
                break;
            }

            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            tokens.Add(line.Substring(start, i - start));
        }

        return tokens;
    }

    [GeneratedRegex(@"^(?<fmt>\d+)(x(?<spf>\d+))?(:(?<skew>\d+))?(\+(?<offset>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex FormatPattern();

    [GeneratedRegex(@"^(?<gain>[-+]?[0-9.]+([eE][-+]?\d+)?)(\((?<baseline>[-+]?\d+)\))?(/(?<units>\S+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GainPattern();
}
