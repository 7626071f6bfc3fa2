namespace EdgeEcg.Device.Acquisition;

/// <summary>Kinds of acquisition events.</summary>
public enum AcquisitionEventKind
{
    /// <summary>Samples are missing from the stream (see <see cref="GapCause"/>); their indices are skipped, never reused.</summary>
    Gap,

    /// <summary>The lead-off bits changed (an electrode came off or back on).</summary>
    LeadOffChanged,

    /// <summary>Consecutive desynchronised frames made the reader restart continuous mode (SDATAC, RDATAC).</summary>
    Resynchronized,
}
