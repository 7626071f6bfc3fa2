using EdgeEcg.Ads1292r;

namespace EdgeEcg.Device.Acquisition;

/// <summary>One acquired frame: raw 24-bit codes with the running sample index they belong to.</summary>
/// <param name="SampleIndex">Index of this sample: 0 is the first frame received after Start; lost frames keep their indices (see gap events).</param>
/// <param name="Channel1">Channel 1 code (respiration channel), sign-extended 24-bit.</param>
/// <param name="Channel2">Channel 2 code (the ECG lead), sign-extended 24-bit.</param>
/// <param name="LeadOff">Lead-off bits from the frame's status word.</param>
/// <param name="Timestamp">When DRDY was handled, in ticks of the acquisition's <see cref="System.TimeProvider"/>.</param>
public readonly record struct AcquiredFrame(long SampleIndex, int Channel1, int Channel2, LeadOffStatus LeadOff, long Timestamp);
