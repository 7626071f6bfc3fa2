using System;
using System.Collections.Generic;
using System.Linq;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Which beats a dataset holds: their positions (<see cref="BeatPositions"/>) and, for detected beats, whether the
/// detections that pair with no reference beat are kept as artifacts labelled Q, and which noise stress copies of
/// every record are added (each copy's beats belong to the same patient as the record, so patient-wise splits keep
/// them together). <see cref="Description"/> is stored in the dataset file; a cache with another description is rebuilt.
/// </summary>
public sealed class BeatSource : IEquatable<BeatSource>
{
    /// <summary>Creates a source.</summary>
    /// <param name="positions">Reference annotations or the device chain's detections.</param>
    /// <param name="artifacts">Keep detections without a reference beat, labelled Q (needs detected positions).</param>
    /// <param name="noiseCopies">Noise stress copies of each record (need detected positions: reference positions do not
    /// move with noise, the detector's do).</param>
    /// <param name="noiseArtifactsOnly">Take only the artifacts from the noise copies, not their paired beats (needs
    /// <paramref name="artifacts"/> and noise copies).</param>
    /// <param name="lead">Lead name or signal number read from each record (<see cref="RecordBeatExtractor.LeadIndex(EdgeEcg.Wfdb.WfdbHeader, string?)"/>);
    /// null for MLII, else signal 0 (MIT-BIH's rule).</param>
    /// <exception cref="ArgumentException">Artifacts or noise copies with reference positions; artifacts-only copies without artifacts or copies; an empty lead.</exception>
    public BeatSource(BeatPositions positions, bool artifacts = false, IReadOnlyList<NoiseCopy>? noiseCopies = null, bool noiseArtifactsOnly = false,
        string? lead = null)
    {
        if (lead is not null && string.IsNullOrWhiteSpace(lead))
            throw new ArgumentException("the lead must be a signal description or number, not empty", nameof(lead));
        Lead = lead?.Trim();
        Positions = positions;
        Artifacts = artifacts;
        NoiseCopies = noiseCopies?.ToArray() ?? Array.Empty<NoiseCopy>();
        if (positions != BeatPositions.Detected && (artifacts || NoiseCopies.Count > 0))
            throw new ArgumentException("artifact labels and noise copies need detected beats (--beats Detected)");
        if (noiseArtifactsOnly && (!artifacts || NoiseCopies.Count == 0))
            throw new ArgumentException("taking only the artifacts of the noise copies needs --artifacts and --noise-copies");
        NoiseArtifactsOnly = noiseArtifactsOnly;
        Description = positions.ToString()
            + (artifacts ? "; artifacts=Q" : "")
            + (NoiseCopies.Count > 0 ? "; noise=" + string.Join(",", NoiseCopies) : "")
            // Was " (artifacts only)" while paired reference Q beats of the copies were kept too: the new text makes a
            // dataset cached before that fix a settings mismatch, so it is rebuilt.
            + (noiseArtifactsOnly ? " (unpaired detections only)" : "")
            + (Lead is not null ? "; lead=" + Lead : "");
    }

    /// <summary>Lead read from each record, or null for MLII, else signal 0.</summary>
    public string? Lead { get; }

    /// <summary>Where the beats are.</summary>
    public BeatPositions Positions { get; }

    /// <summary>Whether detections without a reference beat are kept, labelled Q.</summary>
    public bool Artifacts { get; }

    /// <summary>Whether the noise copies add only their artifacts (detections without a reference beat), not their paired beats.</summary>
    public bool NoiseArtifactsOnly { get; }

    /// <summary>Noise stress copies added for each record.</summary>
    public IReadOnlyList<NoiseCopy> NoiseCopies { get; }

    /// <summary>Stable text naming the source, e.g. <c>Detected</c> or <c>Detected; artifacts=Q; noise=ma:6</c>.</summary>
    public string Description { get; }

    /// <summary>Beats at the given positions, nothing added.</summary>
    /// <param name="positions">Positions.</param>
    public static implicit operator BeatSource(BeatPositions positions) => new(positions);

    /// <inheritdoc/>
    public bool Equals(BeatSource? other) => other is not null && other.Description == Description;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BeatSource);

    /// <inheritdoc/>
    public override int GetHashCode() => Description.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Description;
}
