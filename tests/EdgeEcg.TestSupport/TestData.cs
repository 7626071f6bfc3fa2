using System;
using System.IO;
using EdgeEcg.Wfdb;

namespace EdgeEcg.TestSupport;

/// <summary>Access to the public ECG databases for tests.</summary>
/// <remarks>
/// On a developer machine without the data, tests marked <see cref="EcgDataFactAttribute"/> or
/// <see cref="EcgDataTheoryAttribute"/> are skipped with a clear message. When <c>CI=true</c> they are
/// never skipped: a missing data folder then fails them, because CI always has the data.
/// </remarks>
public static class TestData
{
    /// <summary>True when the process runs under CI (<c>CI=true</c>).</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The data folder, or null when it cannot be found.</summary>
    public static string? Root
    {
        get
        {
            string? dir = EcgDataDirectory.TryResolve();
            return dir is not null && Directory.Exists(Path.Combine(dir, "mitdb")) ? dir : null;
        }
    }

    /// <summary>Why a data test would be skipped here, or null when the data is present or CI requires it.</summary>
    public static string? SkipReason =>
        Root is null && !IsCi
            ? $"ECG data not found: set {EcgDataDirectory.EnvironmentVariable} or place it at ../shared/data (in CI this test fails instead of skipping)"
            : null;

    /// <summary>The MIT-BIH Arrhythmia Database folder; throws with a clear message when it is missing.</summary>
    public static string Mitdb => Path.Combine(RequireRoot(), "mitdb");

    /// <summary>The MIT-BIH Noise Stress Test Database folder; throws with a clear message when it is missing.</summary>
    public static string Nstdb => Path.Combine(RequireRoot(), "nstdb");

    /// <summary>The record path (without extension) of a mitdb record, e.g. <c>MitdbRecord("100")</c>.</summary>
    /// <param name="record">The record name.</param>
    public static string MitdbRecord(string record) => Path.Combine(Mitdb, record);

    private static string RequireRoot() =>
        Root ?? throw new InvalidOperationException(
            $"ECG data is required but missing (CI={Environment.GetEnvironmentVariable("CI")}). " +
            $"Set {EcgDataDirectory.EnvironmentVariable} to the folder holding mitdb/ and nstdb/.");
}
