using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EdgeEcg.Wfdb;

/// <summary>Formats a <see cref="WfdbHeader"/> as WFDB header text, one field per WFDB rule, LF line endings.</summary>
internal static class HeaderFormatter
{
    public static string Format(WfdbHeader header)
    {
        var sb = new StringBuilder();
        sb.Append(RecordLine(header)).Append('\n');
        foreach (SignalSpec s in header.Signals)
        {
            sb.Append(SignalLine(s)).Append('\n');
        }

        foreach (string comment in header.Comments)
        {
            if (comment.Contains('\n', StringComparison.Ordinal) || comment.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Header comment '{comment}' holds a line break.", nameof(header));
            }

            sb.Append("# ").Append(comment).Append('\n');
        }

        return sb.ToString();
    }

    private static string RecordLine(WfdbHeader h)
    {
        if (h.RecordName.Length == 0 || h.RecordName.Contains('/', StringComparison.Ordinal) || HasWhiteSpace(h.RecordName))
        {
            throw new ArgumentException($"Record name '{h.RecordName}' must be non-empty, without '/' or white space.", nameof(h));
        }

        var sb = new StringBuilder();
        sb.Append(h.RecordName).Append(' ').Append(h.SignalCount.ToString(CultureInfo.InvariantCulture));
        sb.Append(' ').Append(HeaderFields.Format(h.SamplingFrequency));
        if (h.CounterFrequency is double counter)
        {
            sb.Append('/').Append(HeaderFields.Format(counter));
            if (h.BaseCounter is double baseCounter)
            {
                sb.Append('(').Append(HeaderFields.Format(baseCounter)).Append(')');
            }
        }

        sb.Append(' ').Append(h.SampleCount.ToString(CultureInfo.InvariantCulture));
        if (h.BaseTime is TimeSpan time)
        {
            sb.Append(' ').Append(FormatTime(time));
            if (h.BaseDate is DateOnly date)
            {
                sb.Append(' ').Append(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            }
        }
        else if (h.BaseDate is not null)
        {
            throw new ArgumentException("A base date needs a base time in a WFDB header.", nameof(h));
        }

        return sb.ToString();
    }

    private static string SignalLine(SignalSpec s)
    {
        if (s.FileName.Length == 0 || HasWhiteSpace(s.FileName))
        {
            throw new ArgumentException($"Signal file name '{s.FileName}' must be non-empty and without white space.", nameof(s));
        }

        if (s.Description.Contains('\n', StringComparison.Ordinal) || s.Description.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Signal description '{s.Description}' holds a line break.", nameof(s));
        }

        var fields = new List<string> { s.FileName, FormatField(s), GainField(s) };
        fields.Add(s.AdcResolution.ToString(CultureInfo.InvariantCulture));
        fields.Add(s.AdcZero.ToString(CultureInfo.InvariantCulture));

        // Later fields can only be written when every earlier one is: an absent initial value or checksum is
        // written only if a later field forces it (then as the value WFDB would assume).
        bool hasDescription = s.Description.Length > 0;
        bool needBlockSize = hasDescription || s.BlockSize != 0;
        bool needChecksum = needBlockSize || s.HasChecksum;
        bool needInitial = needChecksum || s.HasInitialValue;
        if (needInitial)
        {
            fields.Add(s.InitialValue.ToString(CultureInfo.InvariantCulture));
        }

        if (needChecksum)
        {
            fields.Add(s.Checksum.ToString(CultureInfo.InvariantCulture));
        }

        if (needBlockSize)
        {
            fields.Add(s.BlockSize.ToString(CultureInfo.InvariantCulture));
        }

        if (hasDescription)
        {
            fields.Add(s.Description);
        }

        return string.Join(' ', fields);
    }

    private static string FormatField(SignalSpec s)
    {
        var sb = new StringBuilder(s.Format.ToString(CultureInfo.InvariantCulture));
        if (s.SamplesPerFrame != 1)
        {
            sb.Append('x').Append(s.SamplesPerFrame.ToString(CultureInfo.InvariantCulture));
        }

        if (s.Skew != 0)
        {
            sb.Append(':').Append(s.Skew.ToString(CultureInfo.InvariantCulture));
        }

        if (s.ByteOffset != 0)
        {
            sb.Append('+').Append(s.ByteOffset.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static string GainField(SignalSpec s)
    {
        var sb = new StringBuilder(s.IsUncalibrated ? "0" : HeaderFields.Format(s.Gain));
        if (s.Baseline != s.AdcZero)
        {
            sb.Append('(').Append(s.Baseline.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (s.Units != "mV")
        {
            if (s.Units.Length == 0 || HasWhiteSpace(s.Units))
            {
                throw new ArgumentException($"Units '{s.Units}' must be non-empty and without white space.", nameof(s));
            }

            sb.Append('/').Append(s.Units);
        }

        return sb.ToString();
    }

    private static string FormatTime(TimeSpan t)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}");
        long fractionTicks = t.Ticks % TimeSpan.TicksPerSecond;
        return fractionTicks == 0 ? text : text + (fractionTicks / (double)TimeSpan.TicksPerSecond).ToString(".######", CultureInfo.InvariantCulture);
    }

    private static bool HasWhiteSpace(string s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
