using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Loads a cached dataset when it was made with the same DSP settings and records, otherwise (re)builds and writes it.
/// A cache made with other settings is never reused silently: it is rebuilt, and the log says why.
/// </summary>
public static class BeatDatasetCache
{
    /// <summary>Loads or builds the dataset of <paramref name="records"/>.</summary>
    /// <param name="cachePath">Cache file.</param>
    /// <param name="folders">Where the WFDB records are (a folder name converts).</param>
    /// <param name="records">Records wanted.</param>
    /// <param name="settings">DSP settings.</param>
    /// <param name="log">Receives progress lines, or null.</param>
    /// <param name="source">Which beats (<see cref="BeatSource"/>); a cache holding other beats is rebuilt.</param>
    public static BeatDataset LoadOrBuild(string cachePath, RecordFolders folders, IReadOnlyList<string> records,
        DspSettings settings, Action<string>? log = null, BeatSource? source = null)
    {
        source ??= BeatPositions.Reference;
        if (File.Exists(cachePath))
        {
            try
            {
                BeatDataset cached = BeatDatasetFile.Read(cachePath, settings, source);
                if (cached.Records.SequenceEqual(records))
                {
                    log?.Invoke($"dataset cache {cachePath}: {cached.Count} beats ({source.Description}), settings {settings.Hash[..12]}");
                    return cached;
                }
                log?.Invoke($"dataset cache {cachePath} holds records {string.Join(",", cached.Records)}; rebuilding for {string.Join(",", records)}");
            }
            catch (DatasetSettingsMismatchException e)
            {
                log?.Invoke($"dataset cache {cachePath} was made with DSP settings {e.FileHash[..12]}, now {settings.Hash[..12]}: rebuilding");
            }
            catch (InvalidDataException e)
            {
                log?.Invoke($"dataset cache unusable ({e.Message}): rebuilding");
            }
        }
        BeatDataset built = BeatDatasetBuilder.Build(folders, records, settings, log, source);
        BeatDatasetFile.Write(cachePath, built, settings, source);
        log?.Invoke($"dataset cache {cachePath}: wrote {built.Count} beats ({source.Description}), settings {settings.Hash[..12]}");
        return built;
    }
}
