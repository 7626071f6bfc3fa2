using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Versioned binary dataset cache. Layout (little-endian): magic "EEBEATDS", int32 format version, string DSP
/// settings hash, string DSP settings text, string beat source (<see cref="BeatSource.Description"/>; since version 2, which wrote only the positions, as the description of plain positions still is), int32 image size, int32 RR features, int32 record count and the record
/// names, since version 3 a float64 sampling rate per record (<see cref="BeatDataset.RecordRatesHz"/>; version 2 files,
/// all MIT-BIH, are read as 360 Hz), int32 beat count, then the columns: labels (byte), record index (int32), reference sample (int64),
/// RR features (float32), images (int8). Strings are .NET BinaryWriter strings (7-bit length prefix, UTF-8).
/// </summary>
public static class BeatDatasetFile
{
    /// <summary>File magic.</summary>
    public const string Magic = "EEBEATDS";

    /// <summary>Binary layout version written.</summary>
    public const int FormatVersion = 3;

    /// <summary>Oldest layout version still read (version 2: no per-record sampling rates, all 360 Hz).</summary>
    public const int OldestReadableVersion = 2;

    /// <summary>Writes a dataset (atomically, through a temporary file).</summary>
    /// <param name="path">Target file.</param>
    /// <param name="data">Dataset.</param>
    /// <param name="settings">DSP settings it was made with.</param>
    /// <param name="source">Which beats it holds (default: reference positions).</param>
    public static void Write(string path, BeatDataset data, DspSettings settings, BeatSource? source = null)
    {
        source ??= BeatPositions.Reference;
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
            Directory.CreateDirectory(dir);
        string tmp = path + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp), Encoding.UTF8))
        {
            w.Write(Encoding.ASCII.GetBytes(Magic));
            w.Write(FormatVersion);
            w.Write(settings.Hash);
            w.Write(settings.CanonicalText);
            w.Write(source.Description);
            w.Write(data.ImageSize);
            w.Write(data.RrFeatureCount);
            w.Write(data.Records.Length);
            foreach (string r in data.Records)
                w.Write(r);
            foreach (double rate in data.RecordRatesHz)
                w.Write(rate);
            w.Write(data.Count);
            foreach (AamiClass c in data.Labels)
                w.Write((byte)c);
            w.Write(MemoryMarshal.AsBytes(data.RecordIndex.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(data.Samples.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(data.RrFeatures.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(data.Images.AsSpan()));
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads the settings hash stored in a dataset file without reading the beats.</summary>
    /// <param name="path">Dataset file.</param>
    public static string ReadSettingsHash(string path)
    {
        using var r = Open(path, out _, out _);
        return r.ReadString();
    }

    /// <summary>Reads a dataset, refusing one made with other settings.</summary>
    /// <param name="path">Dataset file.</param>
    /// <param name="expected">Settings the caller needs.</param>
    /// <exception cref="DatasetSettingsMismatchException">The file was made with other settings.</exception>
    /// <exception cref="InvalidDataException">The file is not a dataset, is truncated (message names file and byte offset) or holds other beats than wanted.</exception>
    /// <param name="source">Which beats the caller needs (default: reference positions).</param>
    public static BeatDataset Read(string path, DspSettings expected, BeatSource? source = null)
    {
        source ??= BeatPositions.Reference;
        using var r = Open(path, out Stream stream, out int version);
        try
        {
            string hash = r.ReadString();
            string text = r.ReadString();
            if (!string.Equals(hash, expected.Hash, StringComparison.Ordinal))
                throw new DatasetSettingsMismatchException(path, hash, expected.Hash, text);
            string fileSource = r.ReadString();
            if (fileSource != source.Description)
                throw new InvalidDataException($"{path}: dataset holds beats '{fileSource}', '{source.Description}' are wanted; rebuild it");
            int size = r.ReadInt32();
            int f = r.ReadInt32();
            int recordCount = r.ReadInt32();
            if (size <= 0 || f < 0 || recordCount < 0 || recordCount > 100_000)
                throw new InvalidDataException($"{path}: implausible header (image size {size}, RR features {f}, records {recordCount}) before byte {stream.Position}");
            var records = new string[recordCount];
            for (int i = 0; i < recordCount; i++)
                records[i] = r.ReadString();
            double[]? rates = null;
            if (version >= 3)
            {
                rates = new double[recordCount];
                for (int i = 0; i < recordCount; i++)
                {
                    rates[i] = r.ReadDouble();
                    if (!(rates[i] > 0) || double.IsInfinity(rates[i]))
                        throw new InvalidDataException($"{path}: record {records[i]} has sampling rate {rates[i]} Hz (before byte {stream.Position})");
                }
            }
            int n = r.ReadInt32();
            long need = (long)n * (1 + 4 + 8 + 4L * f + size);
            if (n < 0 || stream.Length - stream.Position != need)
                throw new InvalidDataException($"{path}: {n} beats need {need} bytes after byte {stream.Position}, file has {stream.Length - stream.Position}");
            var labels = new AamiClass[n];
            byte[] lb = r.ReadBytes(n);
            for (int i = 0; i < n; i++)
            {
                if (lb[i] > (byte)AamiClass.Q)
                    throw new InvalidDataException($"{path}: invalid class {lb[i]} at byte {stream.Position - n + i}");
                labels[i] = (AamiClass)lb[i];
            }
            var rec = new int[n];
            ReadInto(r, MemoryMarshal.AsBytes(rec.AsSpan()));
            for (int i = 0; i < n; i++)
                if ((uint)rec[i] >= (uint)recordCount)
                    throw new InvalidDataException($"{path}: beat {i} refers to record {rec[i]} of {recordCount}");
            var samples = new long[n];
            ReadInto(r, MemoryMarshal.AsBytes(samples.AsSpan()));
            var rr = new float[n * f];
            ReadInto(r, MemoryMarshal.AsBytes(rr.AsSpan()));
            var images = new sbyte[(long)n * size];
            ReadInto(r, MemoryMarshal.AsBytes(images.AsSpan()));
            return new BeatDataset(size, f, images, rr, labels, rec, samples, records, rates);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: truncated at byte {stream.Position}", e);
        }
    }

    private static BinaryReader Open(string path, out Stream stream, out int version)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"dataset file not found: {path}", path);
        stream = File.OpenRead(path);
        var r = new BinaryReader(stream, Encoding.UTF8);
        byte[] magic = r.ReadBytes(Magic.Length);
        if (Encoding.ASCII.GetString(magic) != Magic)
        {
            r.Dispose();
            throw new InvalidDataException($"{path}: not an EdgeEcg beat dataset (bad magic at byte 0)");
        }
        if (stream.Length < Magic.Length + 4)
        {
            r.Dispose();
            throw new InvalidDataException($"{path}: truncated at byte {Magic.Length}");
        }
        version = r.ReadInt32();
        if (version < OldestReadableVersion || version > FormatVersion)
        {
            r.Dispose();
            throw new InvalidDataException($"{path}: dataset format version {version} at byte {Magic.Length}, this tool reads versions {OldestReadableVersion} to {FormatVersion}; rebuild it");
        }
        return r;
    }

    private static void ReadInto(BinaryReader r, Span<byte> target)
    {
        int read = r.Read(target);
        if (read != target.Length)
            throw new EndOfStreamException();
    }
}
