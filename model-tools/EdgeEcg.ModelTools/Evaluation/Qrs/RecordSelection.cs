using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>Resolves a <c>--records</c> argument ("all" or a comma-separated list) against a database folder.</summary>
public static class RecordSelection
{
    /// <summary>Returns the record names to evaluate.</summary>
    /// <param name="databaseDirectory">The database folder (e.g. <c>.../mitdb</c>).</param>
    /// <param name="records">"all" for every record with a header and reference annotations, or names separated by commas.</param>
    /// <param name="referenceAnnotator">The reference annotator (file extension), e.g. <c>atr</c>.</param>
    /// <exception cref="DirectoryNotFoundException">The database folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A listed record has no header.</exception>
    public static IReadOnlyList<string> Resolve(string databaseDirectory, string records, string referenceAnnotator = "atr")
    {
        ArgumentNullException.ThrowIfNull(databaseDirectory);
        ArgumentNullException.ThrowIfNull(records);
        if (!Directory.Exists(databaseDirectory))
        {
            throw new DirectoryNotFoundException($"Database folder '{databaseDirectory}' does not exist.");
        }

        List<string> names = new();
        if (string.Equals(records.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            foreach (string header in Directory.GetFiles(databaseDirectory, "*.hea"))
            {
                string name = Path.GetFileNameWithoutExtension(header);
                if (File.Exists(Path.Combine(databaseDirectory, name + "." + referenceAnnotator)))
                {
                    names.Add(name);
                }
            }

            names.Sort(StringComparer.Ordinal);
            if (names.Count == 0)
            {
                throw new FileNotFoundException($"No record in '{databaseDirectory}' has both a .hea header and .{referenceAnnotator} annotations.");
            }

            return names;
        }

        foreach (string part in records.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string header = Path.Combine(databaseDirectory, part + ".hea");
            if (!File.Exists(header))
            {
                throw new FileNotFoundException($"Record '{part}' not found: '{header}' does not exist.", header);
            }

            names.Add(part);
        }

        if (names.Count == 0)
        {
            throw new ArgumentException("No record names given (use 'all' or e.g. '100,101').", nameof(records));
        }

        return names;
    }
}
