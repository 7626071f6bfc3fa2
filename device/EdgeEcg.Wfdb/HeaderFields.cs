using System;
using System.Globalization;

namespace EdgeEcg.Wfdb;

/// <summary>Number parsing for header fields, with errors that name the file, line and field.</summary>
internal static class HeaderFields
{
    public static string[] Split(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static int ParseInt(string token, string field, string source, int line)
    {
        if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            throw WfdbFormatException.AtLine(source, line, $"{field} '{token}' is not an integer");
        }

        return value;
    }

    public static long ParseLong(string token, string field, string source, int line)
    {
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            throw WfdbFormatException.AtLine(source, line, $"{field} '{token}' is not an integer");
        }

        return value;
    }

    public static double ParseDouble(string token, string field, string source, int line)
    {
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ||
            double.IsNaN(value) || double.IsInfinity(value))
        {
            throw WfdbFormatException.AtLine(source, line, $"{field} '{token}' is not a number");
        }

        return value;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
