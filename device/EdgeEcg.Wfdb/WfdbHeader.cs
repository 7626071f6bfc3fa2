using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EdgeEcg.Wfdb;

/// <summary>
/// A parsed WFDB header (<c>.hea</c> file) of a single-segment record: the record line, one
/// <see cref="SignalSpec"/> per signal line, and the comment lines.
/// </summary>
/// <remarks>Format: PhysioNet "header(5)" (https://physionet.org/physiotools/wag/header-5.htm).</remarks>
public sealed record WfdbHeader
{
    /// <summary>WFDB's default sampling frequency (Hz) when the record line gives none.</summary>
    public const double DefaultSamplingFrequency = 250.0;

    /// <summary>The record name (for example "100").</summary>
    public required string RecordName { get; init; }

    /// <summary>Samples per second per signal (per frame), in Hz.</summary>
    public double SamplingFrequency { get; init; } = DefaultSamplingFrequency;

    /// <summary>The counter frequency (Hz) when the record line gives one (<c>freq/counterfreq</c>), otherwise null.</summary>
    public double? CounterFrequency { get; init; }

    /// <summary>The base counter value when the record line gives one (<c>freq/counterfreq(base)</c>), otherwise null.</summary>
    public double? BaseCounter { get; init; }

    /// <summary>Number of samples (frames) per signal; 0 when the header does not say.</summary>
    public long SampleCount { get; init; }

    /// <summary>The base time of day of the first sample, when given.</summary>
    public TimeSpan? BaseTime { get; init; }

    /// <summary>The base date of the first sample, when given.</summary>
    public DateOnly? BaseDate { get; init; }

    /// <summary>The signal specifications, in header order.</summary>
    public IReadOnlyList<SignalSpec> Signals { get; init; } = Array.Empty<SignalSpec>();

    /// <summary>The comment lines, in order, without the leading <c>#</c> and surrounding white space.</summary>
    public IReadOnlyList<string> Comments { get; init; } = Array.Empty<string>();

    /// <summary>The number of signals.</summary>
    public int SignalCount => Signals.Count;

    /// <summary>Reads the header of a record.</summary>
    /// <param name="recordPath">The record path without extension (for example <c>.../mitdb/100</c>); a path ending in <c>.hea</c> is accepted too.</param>
    /// <exception cref="FileNotFoundException">The header file does not exist.</exception>
    /// <exception cref="WfdbFormatException">The header is malformed; the message names the file and line.</exception>
    public static WfdbHeader Read(string recordPath)
    {
        string path = HeaderPath(recordPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"WFDB header '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path, Encoding.Latin1), path);
    }

    /// <summary>Parses header text.</summary>
    /// <param name="text">The header text (LF or CRLF line endings).</param>
    /// <param name="sourceName">The name used in error messages (usually the file path).</param>
    /// <exception cref="WfdbFormatException">The header is malformed; the message names <paramref name="sourceName"/> and the line.</exception>
    public static WfdbHeader Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return HeaderParser.Parse(text, sourceName);
    }

    /// <summary>The header path for a record path: <c>recordPath + ".hea"</c> unless it already ends in <c>.hea</c>.</summary>
    /// <param name="recordPath">The record path without extension.</param>
    public static string HeaderPath(string recordPath)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        return recordPath.EndsWith(".hea", StringComparison.Ordinal) ? recordPath : recordPath + ".hea";
    }

    /// <summary>Formats the header as WFDB header text (LF line endings), which <see cref="Parse"/> reads back to the same field values.</summary>
    public string ToText() => HeaderFormatter.Format(this);

    /// <summary>Writes the header to <c>recordPath + ".hea"</c>.</summary>
    /// <param name="recordPath">The record path without extension.</param>
    public void Write(string recordPath) =>
        File.WriteAllText(HeaderPath(recordPath), ToText(), Encoding.Latin1);
}
