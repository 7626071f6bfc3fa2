using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Which records come from the same patient, so that patient-wise folds keep them together. In MIT-BIH's DS1 every
/// record is its own patient; other databases are not like that (St Petersburg INCART's 75 records come from 32
/// patients), and folds by record would then score a network on a patient it was trained on.
/// </summary>
public sealed class PatientGroups
{
    private readonly Dictionary<string, string> patientOf;

    private PatientGroups(Dictionary<string, string> patientOf) => this.patientOf = patientOf;

    /// <summary>Every record its own patient (MIT-BIH's DS1, and the default).</summary>
    public static PatientGroups OnePerRecord { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>How many records the groups name.</summary>
    public int RecordCount => patientOf.Count;

    /// <summary>The record's patient: the one the groups name, else the record itself.</summary>
    /// <param name="record">Record name.</param>
    public string PatientOf(string record) => patientOf.TryGetValue(record, out string? p) ? p : record;

    /// <summary>
    /// Reads a patient file: one record per line, its name and its patient separated by white space, a tab or a comma;
    /// blank lines and lines starting with <c>#</c> are skipped. Records it does not name are their own patients, so a
    /// patient may be named by one of its records (<c>908 208</c> puts record 908 with record 208).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line without both fields, or a record given two patients (file and line named).</exception>
    public static PatientGroups Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"patient file {path} does not exist", path);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] fields = line.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries);
            string where = string.Create(CultureInfo.InvariantCulture, $"{path} line {i + 1}");
            if (fields.Length != 2)
                throw new InvalidDataException($"{where}: expected 'record patient', got '{line}'");
            if (map.TryGetValue(fields[0], out string? earlier) && earlier != fields[1])
                throw new InvalidDataException($"{where}: record {fields[0]} is given patient {fields[1]} after patient {earlier}");
            map[fields[0]] = fields[1];
        }
        return new PatientGroups(map);
    }

    /// <summary>The distinct patients of <paramref name="records"/>, in the order of their first record.</summary>
    /// <param name="records">Record names.</param>
    public IReadOnlyList<string> Patients(IReadOnlyList<string> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (string r in records)
            if (seen.Add(PatientOf(r)))
                order.Add(PatientOf(r));
        return order;
    }
}
