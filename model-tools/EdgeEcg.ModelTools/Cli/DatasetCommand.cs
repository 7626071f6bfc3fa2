using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>dataset</c>: builds (or reuses) the cached beat dataset of a split with the device's DSP code.</summary>
public static class DatasetCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string[]> data = DataFolderOption.Create();
        Option<string> split = new("--split") { Description = "Records: ds1, ds2, all, a data folder's name (e.g. svdb) or names, comma-separated", DefaultValueFactory = _ => "ds1" };
        Option<string> output = new("--out") { Description = "Dataset cache file", Required = true };
        var beats = new BeatSourceCli();
        Command command = new("dataset", "Build the int8 spectrogram + RR feature dataset of a split (cached; rebuilt when DSP settings differ)");
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(output);
        beats.AddTo(command);
        command.SetAction(parse => CliErrors.Run("dataset", () =>
        {
            RecordFolders folders = DataFolderOption.Open(parse.GetValue(data));
            IReadOnlyList<string> records = folders.Resolve(parse.GetValue(split)!);
            DspSettings settings = DspSettings.Default;
            BeatDataset d = BeatDatasetCache.LoadOrBuild(parse.GetValue(output)!, folders, records, settings, Console.WriteLine, beats.Read(parse));
            int[] c = d.ClassCounts();
            Console.WriteLine($"{d.Count} beats from {d.Records.Length} records: N {c[0]}, S {c[1]}, V {c[2]}, F {c[3]}, Q {c[4]}; DSP settings {settings.Hash}");
        }));
        return command;
    }
}
