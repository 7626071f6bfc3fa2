using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Where the records of a dataset or a cross-validation live: one WFDB folder (MIT-BIH alone), or several side by side
/// (e.g. <c>mitdb</c>, <c>svdb</c> and <c>incartdb</c>), so that training can take more patients than DS1 without
/// copying or linking files. With several folders a record name must be unique over all of them.
/// </summary>
public sealed class RecordFolders
{
    private readonly Dictionary<string, string>? index;

    private RecordFolders(IReadOnlyList<string> folders, Dictionary<string, string>? index)
    {
        Folders = folders;
        this.index = index;
    }

    /// <summary>The folders, in the order given.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>The folders' names joined by " + ", e.g. <c>mitdb + svdb</c> (for logs and reports).</summary>
    public string Description => string.Join(" + ", Folders.Select(FolderName));

    /// <summary>One folder, as every command took before several were possible (no folder scan: a record is <c>folder/name</c>).</summary>
    /// <param name="folder">A WFDB folder.</param>
    public static implicit operator RecordFolders(string folder) => Single(folder);

    /// <summary>One folder (no folder scan: a record is <c>folder/name</c>).</summary>
    /// <param name="folder">A WFDB folder.</param>
    public static RecordFolders Single(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new RecordFolders(new[] { folder }, null);
    }

    /// <summary>
    /// Opens the folders. One folder behaves as <see cref="Single"/>; several are scanned for record headers
    /// (<c>*.hea</c>) so that each record is found in the folder that holds it.
    /// </summary>
    /// <param name="folders">WFDB folders, at least one.</param>
    /// <exception cref="ArgumentException">No folder, or the same folder twice.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist (named).</exception>
    /// <exception cref="InvalidDataException">Two folders hold a record of the same name (both named).</exception>
    public static RecordFolders Open(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
            throw new ArgumentException("no data folder given", nameof(folders));
        foreach (string f in folders)
            if (!Directory.Exists(f))
                throw new DirectoryNotFoundException($"data folder {f} does not exist");
        string[] full = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToArray();
        if (full.Distinct(StringComparer.Ordinal).Count() < full.Length)
            throw new ArgumentException($"a data folder is given twice: {string.Join(", ", folders)}", nameof(folders));
        if (folders.Count == 1)
            return Single(folders[0]);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string f in folders)
        {
            foreach (string header in Directory.GetFiles(f, "*.hea"))
            {
                string name = Path.GetFileNameWithoutExtension(header);
                if (found.TryGetValue(name, out string? other))
                    throw new InvalidDataException($"record {name} is in two data folders, {other} and {f}; record names must be unique over the folders");
                found[name] = f;
            }
        }
        return new RecordFolders(folders.ToArray(), found);
    }

    /// <summary>The record's path without extension (what the WFDB readers take).</summary>
    /// <param name="record">Record name.</param>
    /// <exception cref="FileNotFoundException">With several folders: no folder holds the record's header (the folders are named).</exception>
    public string PathOf(string record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record);
        if (index is null)
            return Path.Combine(Folders[0], record);
        if (index.TryGetValue(record, out string? folder))
            return Path.Combine(folder, record);
        throw new FileNotFoundException($"record {record} not found: none of the data folders {string.Join(", ", Folders)} holds {record}.hea");
    }

    /// <summary>
    /// The records a <c>--split</c> names. Comma-separated parts, each one of: <c>ds1</c> or <c>ds2</c> (the MIT-BIH
    /// inter-patient halves), <c>all</c> (every record with a header and <c>.atr</c> annotations in every folder), a
    /// folder's name such as <c>svdb</c> (every such record of that folder), or a record name. Records keep the order
    /// given (a folder's records sorted by name); a record named twice is refused.
    /// </summary>
    /// <param name="split">The <c>--split</c> value.</param>
    /// <exception cref="ArgumentException">The split names no records, or a record twice.</exception>
    /// <exception cref="FileNotFoundException">A folder named by <c>all</c> or its name holds no annotated record.</exception>
    public IReadOnlyList<string> Resolve(string split)
    {
        ArgumentNullException.ThrowIfNull(split);
        var records = new List<string>();
        foreach (string part in split.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals("ds1", StringComparison.OrdinalIgnoreCase))
                records.AddRange(InterPatientSplit.Ds1);
            else if (part.Equals("ds2", StringComparison.OrdinalIgnoreCase))
                records.AddRange(InterPatientSplit.Ds2);
            else if (part.Equals("all", StringComparison.OrdinalIgnoreCase))
                foreach (string f in Folders)
                    records.AddRange(Evaluation.Qrs.RecordSelection.Resolve(f, "all"));
            else if (Folders.FirstOrDefault(f => string.Equals(FolderName(f), part, StringComparison.Ordinal)) is string folder)
                records.AddRange(Evaluation.Qrs.RecordSelection.Resolve(folder, "all"));
            else
                records.Add(part);
        }
        if (records.Count == 0)
            throw new ArgumentException($"'{split}' names no records (use ds1, ds2, all, a data folder's name or e.g. 101,106)", nameof(split));
        string[] twice = records.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (twice.Length > 0)
            throw new ArgumentException($"split '{split}' names record(s) {string.Join(",", twice)} more than once", nameof(split));
        return records;
    }

    private static string FolderName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
}
