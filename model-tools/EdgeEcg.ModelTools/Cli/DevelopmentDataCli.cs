using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// The data options of the commands that train or select models (<c>train</c>, <c>cv</c>): the dataset cache, the
/// WFDB folders (MIT-BIH, and other databases beside it), the split, which may never contain a DS2 record
/// (<see cref="InterPatientSplit.RefuseDs2"/>), and which records share a patient.
/// </summary>
public sealed class DevelopmentDataCli
{
    private readonly Option<string> dataset = new("--dataset") { Description = "Dataset cache file (built from --data/--split when missing or made with other DSP settings)", Required = true };
    private readonly Option<string[]> data = DataFolderOption.Create();
    private readonly Option<string> split = new("--split") { Description = "Records: ds1, all, a data folder's name (e.g. svdb) or names, comma-separated (never DS2 records)", DefaultValueFactory = _ => "ds1" };
    private readonly Option<string?> patients = new("--patients") { Description = "File naming each record's patient ('record patient' per line), so the folds keep a patient's records together (default: every record its own patient, as in MIT-BIH)" };
    private readonly BeatSourceCli beats = new();

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { dataset, data, split, patients })
            command.Options.Add(o);
        beats.AddTo(command);
    }

    /// <summary>Resolves the split (refusing DS2) and loads or builds the dataset cache for it.</summary>
    /// <param name="parse">Parse result of a command the options were added to.</param>
    /// <exception cref="ArgumentException">The split names no records, or DS2 records.</exception>
    public DevelopmentData Load(ParseResult parse)
    {
        string splitName = parse.GetValue(split)!;
        // Named DS2 records are refused before any folder is opened; 'all' or a folder's name are checked once resolved.
        InterPatientSplit.RefuseDs2(splitName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => p.Equals("ds2", StringComparison.OrdinalIgnoreCase) ? InterPatientSplit.Ds2 : new[] { p }).ToArray(), splitName);
        RecordFolders folders = DataFolderOption.Open(parse.GetValue(data));
        IReadOnlyList<string> records = InterPatientSplit.RefuseDs2(folders.Resolve(splitName), splitName);
        PatientGroups groups = parse.GetValue(patients) is string file ? PatientGroups.Read(file) : PatientGroups.OnePerRecord;
        BeatSource source = beats.Read(parse);
        BeatDataset loaded = BeatDatasetCache.LoadOrBuild(parse.GetValue(dataset)!, folders, records, DspSettings.Default, Console.WriteLine, source);
        return new DevelopmentData(splitName, records, folders, loaded, source, groups);
    }
}

/// <summary>What <see cref="DevelopmentDataCli.Load"/> gives a command.</summary>
/// <param name="Split">The split as given on the command line.</param>
/// <param name="Records">Its records (no DS2 record).</param>
/// <param name="Folders">Where the records are.</param>
/// <param name="Beats">The dataset of those records.</param>
/// <param name="Source">Which beats it holds.</param>
/// <param name="Patients">Which records share a patient (for the folds).</param>
public sealed record DevelopmentData(string Split, IReadOnlyList<string> Records, RecordFolders Folders, BeatDataset Beats, BeatSource Source,
    PatientGroups Patients);
