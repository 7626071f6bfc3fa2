using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>A dataset file was made with other DSP settings than the ones asked for.</summary>
public sealed class DatasetSettingsMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">Dataset file.</param>
    /// <param name="fileHash">Settings hash stored in the file.</param>
    /// <param name="expectedHash">Settings hash expected.</param>
    /// <param name="fileSettings">Settings text stored in the file.</param>
    public DatasetSettingsMismatchException(string path, string fileHash, string expectedHash, string fileSettings)
        : base($"{path}: dataset was made with other DSP settings (hash {fileHash}, expected {expectedHash}); rebuild it.{Environment.NewLine}File settings:{Environment.NewLine}{fileSettings}")
    {
        FilePath = path;
        FileHash = fileHash;
        ExpectedHash = expectedHash;
    }

    /// <summary>Dataset file.</summary>
    public string FilePath { get; }

    /// <summary>Settings hash stored in the file.</summary>
    public string FileHash { get; }

    /// <summary>Settings hash expected.</summary>
    public string ExpectedHash { get; }
}
