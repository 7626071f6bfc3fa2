using EdgeEcg.Ads1292r;

namespace EdgeEcg.Device.Acquisition;

/// <summary>Something the consumer must know about the stream, placed at a sample index.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="SampleIndex">First affected sample index.</param>
/// <param name="Length">For gaps, the number of missing samples; otherwise 0.</param>
/// <param name="Cause">For gaps, why; otherwise <see cref="GapCause.None"/>.</param>
/// <param name="LeadOff">For lead-off changes, the new lead-off bits.</param>
public readonly record struct AcquisitionEvent(AcquisitionEventKind Kind, long SampleIndex, long Length, GapCause Cause, LeadOffStatus LeadOff)
{
    /// <summary>A gap event.</summary>
    /// <param name="start">First missing index.</param>
    /// <param name="length">Number of missing samples.</param>
    /// <param name="cause">Why.</param>
    public static AcquisitionEvent Gap(long start, long length, GapCause cause) => new(AcquisitionEventKind.Gap, start, length, cause, LeadOffStatus.None);
}
