using System;
using System.Collections.Generic;
using System.CommandLine;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// The data options of the commands that train or select models (<c>train</c>, <c>cv</c>): the dataset cache, the
/// MIT-BIH folder and the split, which may never contain a DS2 record
/// (<see cref="InterPatientSplit.ResolveForDevelopment"/>).
/// </summary>
public sealed class DevelopmentDataCli
{
    private readonly Option<string> dataset = new("--dataset") { Description = "Dataset cache file (built from --data/--split when missing or made with other DSP settings)", Required = true };
    private readonly Option<string?> data = new("--data") { Description = "WFDB folder with the records, at any whole rate from 100 to 10000 Hz (default: EDGEECG_DATA/mitdb)" };
    private readonly Option<string> split = new("--split") { Description = "Records: ds1 or a list (never ds2)", DefaultValueFactory = _ => "ds1" };
    private readonly BeatSourceCli beats = new();

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { dataset, data, split })
            command.Options.Add(o);
        beats.AddTo(command);
    }

    /// <summary>Resolves the split (refusing DS2) and loads or builds the dataset cache for it.</summary>
    /// <param name="parse">Parse result of a command the options were added to.</param>
    /// <exception cref="ArgumentException">The split names no records, or DS2 records.</exception>
    public DevelopmentData Load(ParseResult parse)
    {
        string splitName = parse.GetValue(split)!;
        IReadOnlyList<string> records = InterPatientSplit.ResolveForDevelopment(splitName);
        string database = parse.GetValue(data) ?? EcgDataDirectory.Database("mitdb");
        BeatSource source = beats.Read(parse);
        BeatDataset loaded = BeatDatasetCache.LoadOrBuild(parse.GetValue(dataset)!, database, records, DspSettings.Default, Console.WriteLine, source);
        return new DevelopmentData(splitName, records, database, loaded, source);
    }
}

/// <summary>What <see cref="DevelopmentDataCli.Load"/> gives a command.</summary>
/// <param name="Split">The split as given on the command line.</param>
/// <param name="Records">Its records (no DS2 record).</param>
/// <param name="Database">The MIT-BIH folder.</param>
/// <param name="Beats">The dataset of those records.</param>
/// <param name="Source">Which beats it holds.</param>
public sealed record DevelopmentData(string Split, IReadOnlyList<string> Records, string Database, BeatDataset Beats, BeatSource Source);
