using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary><c>eval qrs</c>: EC57 beat-by-beat QRS detection evaluation (bxb rules) of the device chain or of annotation files.</summary>
public static class EvalQrsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        Option<string?> data = new("--data") { Description = "Data folder holding the databases (default: EDGEECG_DATA or ../shared/data)" };
        Option<string> database = new("--database") { Description = "Database folder under the data folder", DefaultValueFactory = _ => "mitdb" };
        Option<string> records = new("--records") { Description = "'all' or a comma-separated list of record names", DefaultValueFactory = _ => "all" };
        Option<double> windowMs = new("--window-ms") { Description = "Match window in ms (EC57: 150)", DefaultValueFactory = _ => 150.0 };
        Option<double> startMin = new("--start-min") { Description = "Learning period in minutes, not scored (EC57: 5)", DefaultValueFactory = _ => 5.0 };
        Option<int> signal = new("--signal") { Description = "Signal index the detector runs on", DefaultValueFactory = _ => 0 };
        Option<string?> lead = new("--lead") { Description = "Lead the detector runs on, by its header description (e.g. II, ECG1) or number; overrides --signal" };
        Option<int> mains = new("--mains") { Description = "Mains frequency to notch: 50, 60 or 0 (none)", DefaultValueFactory = _ => 60 };
        Option<string?> annotations = new("--annotations") { Description = "Score annotation files in this folder instead of running the detector" };
        Option<string> annotator = new("--annotator") { Description = "Test annotator name (file extension) with --annotations", DefaultValueFactory = _ => "edg" };
        Option<bool> keepBeats = new("--keep-unreadable-beats") { Description = "Keep detector beats inside unreadable stretches (default: dropped, as on the device)" };
        Option<string?> json = new("--json") { Description = "Write the JSON report here" };
        Option<string?> markdown = new("--markdown") { Description = "Write the Markdown report here" };

        Command command = new("qrs", "EC57 QRS detection: Se and +P per record, gross and average, bxb matching rules");
        foreach (Option o in new Option[] { data, database, records, windowMs, startMin, signal, lead, mains, annotations, annotator, keepBeats, json, markdown })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            try
            {
                string root = parse.GetValue(data) ?? EcgDataDirectory.Resolve();
                string dbName = parse.GetValue(database)!;
                string dbDir = Path.Combine(root, dbName);
                QrsEvaluationSettings settings = new()
                {
                    Database = dbName,
                    MatchWindowMs = parse.GetValue(windowMs),
                    StartMinutes = parse.GetValue(startMin),
                    Signal = parse.GetValue(signal),
                    Lead = parse.GetValue(lead),
                    Mains = ParseMains(parse.GetValue(mains)),
                    AnnotationDirectory = parse.GetValue(annotations),
                    Annotator = parse.GetValue(annotator)!,
                    KeepBeatsInUnreadable = parse.GetValue(keepBeats),
                };
                if (settings.MatchWindowMs <= 0 || settings.StartMinutes < 0)
                {
                    throw new ArgumentException("--window-ms must be positive and --start-min not negative.");
                }

                IReadOnlyList<string> names = RecordSelection.Resolve(dbDir, parse.GetValue(records)!, settings.ReferenceAnnotator);
                QrsSummary summary = QrsEvaluation.Run(dbDir, names, settings);
                Console.Write(QrsReportWriter.ToTable(summary));
                if (parse.GetValue(json) is string jsonPath)
                {
                    QrsReportWriter.WriteJson(summary, jsonPath);
                }

                if (parse.GetValue(markdown) is string mdPath)
                {
                    File.WriteAllText(mdPath, QrsReportWriter.ToMarkdown(summary));
                }

                return 0;
            }
            catch (Exception e) when (e is IOException or WfdbFormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("eval qrs: " + e.Message);
                return 2;
            }
            catch (AggregateException e) when (e.InnerException is IOException or WfdbFormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("eval qrs: " + e.InnerException.Message);
                return 2;
            }
        });
        return command;
    }

    private static MainsFrequency ParseMains(int hz) => hz switch
    {
        0 => MainsFrequency.None,
        50 => MainsFrequency.Hz50,
        60 => MainsFrequency.Hz60,
        _ => throw new ArgumentException($"--mains must be 50, 60 or 0, not {hz}."),
    };
}
