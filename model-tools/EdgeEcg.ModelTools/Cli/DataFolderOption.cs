using System.Collections.Generic;
using System.CommandLine;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>The repeatable <c>--data</c> option of the commands that build datasets (<c>dataset</c>, <c>train</c>, <c>cv</c>).</summary>
internal static class DataFolderOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string[]> Create() => new("--data")
    {
        Description = "WFDB folder with the records, at any whole rate from 100 to 10000 Hz; repeat it to take records from several folders (e.g. mitdb and svdb; record names must be unique over them) (default: EDGEECG_DATA/mitdb or ../shared/data/mitdb)",
    };

    /// <summary>The folders given, or the MIT-BIH folder of the data directory when none is.</summary>
    /// <param name="given">The option's values (null or empty when not given).</param>
    public static RecordFolders Open(IReadOnlyList<string>? given) =>
        RecordFolders.Open(given is { Count: > 0 } ? given : new[] { EcgDataDirectory.Database("mitdb") });
}
