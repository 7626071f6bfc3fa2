using System;
using System.IO;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Finds the folder that holds the public ECG databases (<c>mitdb/</c>, <c>nstdb/</c>).
/// </summary>
/// <remarks>
/// The folder is taken from the <c>EDGEECG_DATA</c> environment variable when it is set; otherwise the
/// default is <c>../shared/data</c> next to the project checkout, found by walking up from the current
/// directory and from the application's base directory. The data itself is never part of the project.
/// </remarks>
public static class EcgDataDirectory
{
    /// <summary>The environment variable that names the data folder.</summary>
    public const string EnvironmentVariable = "EDGEECG_DATA";

    /// <summary>
    /// Returns the data folder, or <see langword="null"/> when <c>EDGEECG_DATA</c> is unset and no
    /// <c>shared/data</c> folder is found above the current or base directory.
    /// </summary>
    public static string? TryResolve()
    {
        string? fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        return FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory);
    }

    /// <summary>
    /// Returns the data folder, or throws <see cref="DirectoryNotFoundException"/> with a message that says
    /// how to point EdgeEcg at the data.
    /// </summary>
    public static string Resolve()
    {
        string? dir = TryResolve();
        if (dir is null || !Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException(
                $"ECG data folder not found ({Describe(dir)}). Set {EnvironmentVariable} to the folder holding mitdb/ and nstdb/, " +
                "or place it at ../shared/data beside the project checkout.");
        }

        return dir;
    }

    /// <summary>Returns the named database folder under the data folder (for example <c>mitdb</c>), checked to exist.</summary>
    /// <param name="database">The database folder name, such as <c>mitdb</c> or <c>nstdb</c>.</param>
    public static string Database(string database)
    {
        string path = Path.Combine(Resolve(), database);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"ECG database folder '{path}' does not exist (data folder from {EnvironmentVariable} or ../shared/data).");
        }

        return path;
    }

    private static string Describe(string? dir) =>
        dir is null ? $"{EnvironmentVariable} is unset and no ../shared/data was found" : $"'{dir}' does not exist";

    private static string? FindUpwards(string start)
    {
        DirectoryInfo? dir = new(Path.GetFullPath(start));
        while (dir is not null)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "mitdb")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
