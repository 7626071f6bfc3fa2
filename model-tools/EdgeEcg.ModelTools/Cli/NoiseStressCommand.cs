using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Evaluation.Noise;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// <c>noise-stress</c>: writes MIT-BIH Noise Stress Test records (PhysioNet's <c>nst</c> standard protocol, see
/// <see cref="NoiseStressRecord"/>) from clean MIT-BIH records and an nstdb noise record, named as nstdb names them
/// (118e24 … 118e_6), for <c>eval qrs</c> and <c>eval beats</c> to judge.
/// </summary>
public static class NoiseStressCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string?> data = new("--data") { Description = "Data folder holding mitdb/ and nstdb/ (default: EDGEECG_DATA or ../shared/data)" };
        Option<string> records = new("--records") { Description = "Comma-separated clean mitdb records", DefaultValueFactory = _ => "118,119" };
        Option<string> noise = new("--noise") { Description = "nstdb noise record: em (electrode motion), ma (muscle) or bw (baseline wander)", DefaultValueFactory = _ => "em" };
        Option<string> snr = new("--snr") { Description = "Comma-separated SNRs in whole dB (-9..99)", DefaultValueFactory = _ => "24,18,12,6,0,-6" };
        Option<string> output = new("--out") { Description = "Folder to write the records into (created)", Required = true };

        Command command = new("noise-stress", "Write noise stress test records (nst's standard protocol: 5 clean minutes, then 2 noisy / 2 clean) for eval qrs and eval beats");
        foreach (Option o in new Option[] { data, records, noise, snr, output })
            command.Options.Add(o);
        command.SetAction(parse => CliErrors.Run("noise-stress", () =>
        {
            string root = parse.GetValue(data) ?? EcgDataDirectory.Resolve();
            string noiseName = parse.GetValue(noise)!;
            string noisePath = Path.Combine(root, "nstdb", noiseName);
            if (!File.Exists(noisePath + ".hea"))
                throw new FileNotFoundException($"noise record {noiseName}: header {noisePath}.hea not found", noisePath + ".hea");
            int[] levels = parse.GetValue(snr)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
                    ? v : throw new ArgumentException($"--snr: '{s}' is not a whole number of dB"))
                .ToArray();
            string[] names = parse.GetValue(records)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (levels.Length == 0 || names.Length == 0)
                throw new ArgumentException("--records and --snr must each name at least one value");
            string outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            foreach (string record in names)
            {
                string clean = Path.Combine(root, "mitdb", record);
                if (!File.Exists(clean + ".hea"))
                    throw new FileNotFoundException($"record {record}: header {clean}.hea not found", clean + ".hea");
                foreach (int level in levels)
                {
                    string name = NoiseStressRecord.Name(record, noiseName, level);
                    double[] gains = NoiseStressRecord.Create(clean, noisePath, level, Path.Combine(outDir, name));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: {record} + {noiseName} at {level} dB, noise gain per signal {string.Join(", ", gains.Select(g => g.ToString("G6", CultureInfo.InvariantCulture)))}"));
                }
            }
        }));
        return command;
    }
}
