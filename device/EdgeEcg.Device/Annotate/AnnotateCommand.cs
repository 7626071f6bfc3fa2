using System;
using System.CommandLine;
using System.IO;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Device.Annotate;

/// <summary><c>edgeecg annotate</c>: runs the device chain on a WFDB record and writes its beats as an annotation file.</summary>
public static class AnnotateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string> record = new("--record") { Description = "Record path without extension, e.g. ../shared/data/mitdb/100", Required = true };
        Option<string> output = new("--out") { Description = "Output folder for <record>.<annotator>", Required = true };
        Option<string> annotator = new("--annotator") { Description = "Annotator name (file extension)", DefaultValueFactory = _ => "edg" };
        Option<int> signal = new("--signal") { Description = "Signal index (0-based)", DefaultValueFactory = _ => 0 };
        Option<int> mains = new("--mains") { Description = "Mains frequency to notch: 50, 60 or 0 (none)", DefaultValueFactory = _ => 60 };

        Command command = new("annotate", "Run the device chain on a WFDB record and write its beats (N) and unreadable stretches (NOISE) as <out>/<record>.<annotator>");
        command.Options.Add(record);
        command.Options.Add(output);
        command.Options.Add(annotator);
        command.Options.Add(signal);
        command.Options.Add(mains);
        command.SetAction(parse =>
        {
            try
            {
                MainsFrequency notch = parse.GetValue(mains) switch
                {
                    0 => MainsFrequency.None,
                    50 => MainsFrequency.Hz50,
                    60 => MainsFrequency.Hz60,
                    int other => throw new ArgumentException($"--mains must be 50, 60 or 0, not {other}."),
                };
                AnnotateResult result = RecordAnnotator.Annotate(parse.GetValue(record)!, parse.GetValue(output)!, parse.GetValue(annotator)!, parse.GetValue(signal), notch);
                Console.WriteLine(result.Summary);
                return 0;
            }
            catch (Exception e) when (e is IOException or WfdbFormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("annotate: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
