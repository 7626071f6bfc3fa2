using System;
using System.CommandLine;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>dataset</c>: builds (or reuses) the cached beat dataset of a split with the device's DSP code.</summary>
public static class DatasetCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string?> data = new("--data") { Description = "WFDB folder with the records, at any whole rate from 100 to 10000 Hz (default: EDGEECG_DATA/mitdb or ../shared/data/mitdb)" };
        Option<string> split = new("--split") { Description = "ds1, ds2 or a comma-separated record list", DefaultValueFactory = _ => "ds1" };
        Option<string> output = new("--out") { Description = "Dataset cache file", Required = true };
        var beats = new BeatSourceCli();
        Command command = new("dataset", "Build the int8 spectrogram + RR feature dataset of a split (cached; rebuilt when DSP settings differ)");
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(output);
        beats.AddTo(command);
        command.SetAction(parse => CliErrors.Run("dataset", () =>
        {
            string db = parse.GetValue(data) ?? EcgDataDirectory.Database("mitdb");
            var records = InterPatientSplit.Resolve(parse.GetValue(split)!);
            DspSettings settings = DspSettings.Default;
            BeatDataset d = BeatDatasetCache.LoadOrBuild(parse.GetValue(output)!, db, records, settings, Console.WriteLine, beats.Read(parse));
            int[] c = d.ClassCounts();
            Console.WriteLine($"{d.Count} beats from {d.Records.Length} records: N {c[0]}, S {c[1]}, V {c[2]}, F {c[3]}, Q {c[4]}; DSP settings {settings.Hash}");
        }));
        return command;
    }
}
