using System.Globalization;

namespace EdgeEcg.Device.Annotate;

/// <summary>What <see cref="RecordAnnotator"/> wrote.</summary>
/// <param name="Record">Record name.</param>
/// <param name="Path">The annotation file written.</param>
/// <param name="Beats">Beats written.</param>
/// <param name="SuppressedBeats">Beats found inside unreadable stretches and left out.</param>
/// <param name="UnreadableSeconds">Time marked unreadable, seconds.</param>
/// <param name="DurationSeconds">Length of the record, seconds.</param>
public sealed record AnnotateResult(string Record, string Path, int Beats, int SuppressedBeats, double UnreadableSeconds, double DurationSeconds)
{
    /// <summary>The one-line summary the command prints.</summary>
    public string Summary =>
        string.Format(CultureInfo.InvariantCulture,
            "{0}: {1} beats, {2:F0} s of {3:F0} s unreadable ({4} beats left out) -> {5}",
            Record, Beats, UnreadableSeconds, DurationSeconds, SuppressedBeats, Path);
}
