using System;
using System.Collections.Generic;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>What the evaluation commands that run a model over records check before anything runs.</summary>
internal static class EvalInputs
{
    /// <summary>The WFDB folder (<c>--data</c>, default EDGEECG_DATA/mitdb); throws when it does not exist.</summary>
    /// <param name="data">The <c>--data</c> value, or null.</param>
    public static string RequireDataFolder(string? data)
    {
        string db = data ?? EcgDataDirectory.Database("mitdb");
        if (!Directory.Exists(db))
            throw new DirectoryNotFoundException($"data folder {db} does not exist");
        return db;
    }

    /// <summary>The split as a report names it: with the lead when <c>--lead</c> chose one, e.g. <c>all (lead II)</c>.</summary>
    /// <param name="split">The <c>--split</c> value.</param>
    /// <param name="lead">The <c>--lead</c> value, or null.</param>
    public static string SplitLabel(string split, string? lead) => lead is null ? split : $"{split} (lead {lead.Trim()})";

    /// <summary>The records a <c>--split</c> names in one folder (<see cref="RecordFolders.Resolve"/>: ds1, ds2, all, names).</summary>
    /// <param name="db">The WFDB folder.</param>
    /// <param name="split">The <c>--split</c> value.</param>
    public static IReadOnlyList<string> ResolveRecords(string db, string split) => RecordFolders.Single(db).Resolve(split);

    /// <summary>Each record's header in the folder; throws naming the first one missing.</summary>
    /// <param name="db">The WFDB folder.</param>
    /// <param name="records">The records the command will read.</param>
    public static void RequireRecords(string db, IReadOnlyList<string> records)
    {
        foreach (string r in records)
            if (!File.Exists(Path.Combine(db, r + ".hea")))
                throw new FileNotFoundException($"record {r} not found: {Path.Combine(db, r + ".hea")} does not exist");
    }

    /// <summary>
    /// Refuses a model trained on inputs of other DSP settings than this build computes, or with <paramref name="ignore"/>
    /// only warns.
    /// </summary>
    /// <param name="classifier">The model.</param>
    /// <param name="modelPath">Its file (for the message).</param>
    /// <param name="settings">This build's settings.</param>
    /// <param name="ignore">Warn instead of refusing.</param>
    public static void RequireDspSettings(OnnxBeatClassifier classifier, string modelPath, DspSettings settings, bool ignore = false)
    {
        if (classifier.DspSettingsHash is not string h || h == settings.Hash)
            return;
        if (!ignore)
            throw new InvalidDataException($"{modelPath} was trained on inputs made with DSP settings {h}, this build computes {settings.Hash}; retrain or use the matching build");
        Console.WriteLine($"warning: {modelPath} records DSP settings {h}, this build computes {settings.Hash}");
    }
}
