using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Reads and writes WFDB annotation files in MIT format (PhysioNet "annot(5)"), byte-compatible with the
/// WFDB library's <c>getann</c> and <c>putann</c>.
/// </summary>
public static class AnnotationFile
{
    /// <summary>The annotation file path of a record and annotator: <c>recordPath + "." + annotator</c>.</summary>
    /// <param name="recordPath">The record path without extension (for example <c>.../mitdb/100</c>).</param>
    /// <param name="annotator">The annotator name (for example <c>atr</c>).</param>
    public static string PathFor(string recordPath, string annotator = "atr")
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentException.ThrowIfNullOrEmpty(annotator);
        return recordPath + "." + annotator;
    }

    /// <summary>Reads an annotation file.</summary>
    /// <param name="path">The file path (for example <c>.../mitdb/100.atr</c>).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="WfdbFormatException">The file is malformed; the message names the file and byte offset.</exception>
    public static IReadOnlyList<Annotation> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Annotation file '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Decodes the bytes of an annotation file.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="sourceName">The name used in error messages (usually the file path).</param>
    /// <exception cref="WfdbFormatException">The bytes are malformed; the message names <paramref name="sourceName"/> and the byte offset.</exception>
    public static IReadOnlyList<Annotation> Parse(byte[] bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(sourceName);
        return MitAnnotationReader.Read(bytes, sourceName);
    }

    /// <summary>Encodes annotations as the bytes of an MIT annotation file, exactly as WFDB's <c>putann</c> would.</summary>
    /// <param name="annotations">The annotations in time order, with codes 1-49.</param>
    /// <exception cref="ArgumentException">An annotation is out of time order or has a code that cannot be written.</exception>
    public static byte[] ToBytes(IEnumerable<Annotation> annotations) => MitAnnotationWriter.Write(annotations);

    /// <summary>Writes an annotation file (see <see cref="ToBytes"/>).</summary>
    /// <param name="path">The file path to create or overwrite.</param>
    /// <param name="annotations">The annotations in time order, with codes 1-49.</param>
    /// <exception cref="ArgumentException">An annotation is out of time order or has a code that cannot be written.</exception>
    public static void Write(string path, IEnumerable<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ToBytes(annotations));
    }
}
