using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// <c>resample</c>: writes copies of WFDB records at another sampling rate with their reference annotations
/// (<see cref="RecordResampler"/>), e.g. MIT-BIH at svdb's 128 Hz, for <c>eval qrs</c>, <c>eval beats</c> and
/// <c>dataset</c> to measure what the rate costs.
/// </summary>
public static class ResampleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string?> data = new("--data") { Description = "WFDB folder with the records (default: EDGEECG_DATA/mitdb)" };
        Option<string> split = new("--split") { Description = "ds1, ds2, a comma-separated record list, or 'all' (every record with .atr in the folder)", DefaultValueFactory = _ => "ds1" };
        Option<double> rate = new("--rate") { Description = "New sampling rate, Hz (100 to 10000)", Required = true };
        Option<string> output = new("--out") { Description = "Folder to write the copies into (created)", Required = true };
        Command command = new("resample", "Write copies of records at another sampling rate (band-limited interpolation) with their reference annotations moved to the new samples");
        foreach (Option o in new Option[] { data, split, rate, output })
            command.Options.Add(o);
        command.SetAction(parse => CliErrors.Run("resample", () =>
        {
            string db = EvalInputs.RequireDataFolder(parse.GetValue(data));
            string splitName = parse.GetValue(split)!;
            IReadOnlyList<string> records = EvalInputs.ResolveRecords(db, splitName);
            EvalInputs.RequireRecords(db, records);
            string outDir = parse.GetValue(output)!;
            double hz = parse.GetValue(rate);
            foreach (string r in records)
            {
                WfdbHeader h = RecordResampler.Write(Path.Combine(db, r), hz, outDir);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r}: {h.SampleCount} samples at {h.SamplingFrequency} Hz -> {Path.Combine(outDir, r)}"));
            }
        }));
        return command;
    }
}
