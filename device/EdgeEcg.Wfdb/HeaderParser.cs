using System;
using System.Collections.Generic;

namespace EdgeEcg.Wfdb;

/// <summary>Parses WFDB header text line by line: comments, the record line, then one line per signal.</summary>
internal static class HeaderParser
{
    public static WfdbHeader Parse(string text, string source)
    {
        string[] lines = text.Split('\n');
        var comments = new List<string>();
        var signals = new List<SignalSpec>();
        WfdbHeader? header = null;
        int expectedSignals = 0;

        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string trimmed = lines[i].Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                comments.Add(trimmed.Substring(1).Trim());
                continue;
            }

            if (header is null)
            {
                header = RecordLineParser.Parse(trimmed, source, lineNumber, out expectedSignals);
                continue;
            }

            if (signals.Count == expectedSignals)
            {
                throw WfdbFormatException.AtLine(source, lineNumber,
                    $"unexpected line after the {expectedSignals} signal line(s) announced by the record line: '{trimmed}'");
            }

            signals.Add(SignalLineParser.Parse(trimmed, source, lineNumber));
        }

        if (header is null)
        {
            throw WfdbFormatException.AtLine(source, lines.Length, "no record line found (the header is empty or holds only comments)");
        }

        if (signals.Count != expectedSignals)
        {
            throw WfdbFormatException.AtLine(source, lines.Length,
                $"the record line announces {expectedSignals} signal(s) but the header has {signals.Count} signal line(s)");
        }

        return header with { Signals = signals.ToArray(), Comments = comments.ToArray() };
    }
}
