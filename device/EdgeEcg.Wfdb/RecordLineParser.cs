using System;
using System.Globalization;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Parses the record line: <c>name[/segments] nsig [freq[/counterfreq[(base)]] [nsamples [basetime [basedate]]]]</c>.
/// </summary>
internal static class RecordLineParser
{
    public static WfdbHeader Parse(string line, string source, int lineNumber, out int signalCount)
    {
        string[] f = HeaderFields.Split(line);
        string name = f[0];
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw WfdbFormatException.AtLine(source, lineNumber,
                $"record '{name}' is a multi-segment record (name/segments); only single-segment records are supported");
        }

        signalCount = f.Length > 1 ? HeaderFields.ParseInt(f[1], "number of signals", source, lineNumber) : 0;
        if (signalCount < 0)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"number of signals {signalCount} is negative");
        }

        double frequency = WfdbHeader.DefaultSamplingFrequency;
        double? counterFrequency = null;
        double? baseCounter = null;
        if (f.Length > 2)
        {
            ParseFrequency(f[2], source, lineNumber, out frequency, out counterFrequency, out baseCounter);
        }

        long sampleCount = f.Length > 3 ? HeaderFields.ParseLong(f[3], "number of samples", source, lineNumber) : 0;
        if (sampleCount < 0)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"number of samples {sampleCount} is negative");
        }

        TimeSpan? baseTime = f.Length > 4 ? ParseTime(f[4], source, lineNumber) : null;
        DateOnly? baseDate = f.Length > 5 ? ParseDate(f[5], source, lineNumber) : null;
        if (f.Length > 6)
        {
            throw WfdbFormatException.AtLine(source, lineNumber, $"unexpected field '{f[6]}' after the base date on the record line");
        }

        return new WfdbHeader
        {
            RecordName = name,
            SamplingFrequency = frequency,
            CounterFrequency = counterFrequency,
            BaseCounter = baseCounter,
            SampleCount = sampleCount,
            BaseTime = baseTime,
            BaseDate = baseDate,
        };
    }

    private static void ParseFrequency(string token, string source, int line, out double frequency, out double? counter, out double? baseCounter)
    {
        counter = null;
        baseCounter = null;
        int slash = token.IndexOf('/', StringComparison.Ordinal);
        string freqText = slash < 0 ? token : token.Substring(0, slash);
        frequency = HeaderFields.ParseDouble(freqText, "sampling frequency", source, line);
        if (frequency <= 0)
        {
            throw WfdbFormatException.AtLine(source, line, $"sampling frequency '{freqText}' must be positive");
        }

        if (slash < 0)
        {
            return;
        }

        string rest = token.Substring(slash + 1);
        int open = rest.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            if (!rest.EndsWith(')'))
            {
                throw WfdbFormatException.AtLine(source, line, $"counter frequency '{rest}' has an unclosed '(' for the base counter");
            }

            baseCounter = HeaderFields.ParseDouble(rest.Substring(open + 1, rest.Length - open - 2), "base counter value", source, line);
            rest = rest.Substring(0, open);
        }

        counter = HeaderFields.ParseDouble(rest, "counter frequency", source, line);
    }

    private static TimeSpan ParseTime(string token, string source, int line)
    {
        string[] parts = token.Split(':');
        if (parts.Length > 3)
        {
            throw WfdbFormatException.AtLine(source, line, $"base time '{token}' is not [[hh:]mm:]ss[.sss]");
        }

        double seconds = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            bool last = i == parts.Length - 1;
            if (!double.TryParse(parts[i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double v) ||
                (!last && parts[i].Contains('.', StringComparison.Ordinal)) || (i > 0 && v >= 60))
            {
                throw WfdbFormatException.AtLine(source, line, $"base time '{token}' is not [[hh:]mm:]ss[.sss]");
            }

            seconds = seconds * 60 + v;
        }

        if (seconds >= 24 * 3600)
        {
            throw WfdbFormatException.AtLine(source, line, $"base time '{token}' is not a time of day (24 hours or more)");
        }

        return TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }

    private static DateOnly ParseDate(string token, string source, int line)
    {
        if (!DateOnly.TryParseExact(token, "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw WfdbFormatException.AtLine(source, line, $"base date '{token}' is not dd/mm/yyyy");
        }

        return date;
    }
}
