using System;
using System.Collections.Generic;
using System.Linq;

namespace EdgeEcg.ModelTools.Data;

/// <summary>The inter-patient MIT-BIH split of de Chazal et al. (2004); paced records 102, 104, 107, 217 are excluded.</summary>
public static class InterPatientSplit
{
    /// <summary>DS1: training and every model choice (patient-wise cross-validation inside it).</summary>
    public static readonly IReadOnlyList<string> Ds1 = new[]
    {
        "101", "106", "108", "109", "112", "114", "115", "116", "118", "119", "122", "124", "201", "203", "205", "207",
        "208", "209", "215", "220", "223", "230",
    };

    /// <summary>DS2: test only, touched once per released model.</summary>
    public static readonly IReadOnlyList<string> Ds2 = new[]
    {
        "100", "103", "105", "111", "113", "117", "121", "123", "200", "202", "210", "212", "213", "214", "219", "221",
        "222", "228", "231", "232", "233", "234",
    };

    /// <summary>Returns <paramref name="records"/> when none of them is a DS2 record, else refuses them all.</summary>
    /// <param name="records">Records resolved from <paramref name="split"/>.</param>
    /// <param name="split">The split as given (for the message).</param>
    /// <exception cref="ArgumentException">DS2 records are among them (the message lists them).</exception>
    public static IReadOnlyList<string> RefuseDs2(IReadOnlyList<string> records, string split)
    {
        ArgumentNullException.ThrowIfNull(records);
        string[] ds2 = records.Where(r => Ds2.Contains(r)).ToArray();
        if (ds2.Length > 0)
            throw new ArgumentException($"split '{split}' includes DS2 record(s) {string.Join(",", ds2)}; DS2 is for the final report of a model only, never for training or model selection", nameof(split));
        return records;
    }

    /// <summary>
    /// Patient-wise folds of a record list: the patients, in the order of their first record, go to folds in turn
    /// (patient j to fold j mod k), each with all its records. With every record its own patient (MIT-BIH, and
    /// <paramref name="patients"/> null) record i goes to fold i mod k.
    /// </summary>
    /// <param name="records">Records.</param>
    /// <param name="folds">Number of folds (2..patients).</param>
    /// <param name="fold">The held-out fold (0-based).</param>
    /// <param name="patients">Which records share a patient; null for one patient per record.</param>
    public static (IReadOnlyList<string> Train, IReadOnlyList<string> Validation) Fold(IReadOnlyList<string> records, int folds, int fold,
        PatientGroups? patients = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        patients ??= PatientGroups.OnePerRecord;
        IReadOnlyList<string> order = patients.Patients(records);
        if (folds < 2 || folds > order.Count)
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"must be 2..{order.Count} (the number of patients)");
        if (fold < 0 || fold >= folds)
            throw new ArgumentOutOfRangeException(nameof(fold), fold, $"must be 0..{folds - 1}");
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < order.Count; j++)
            foldOf[order[j]] = j % folds;
        var train = new List<string>();
        var val = new List<string>();
        foreach (string r in records)
            (foldOf[patients.PatientOf(r)] == fold ? val : train).Add(r);
        return (train, val);
    }
}
