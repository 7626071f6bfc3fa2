namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>A scripted event covering conversions [<paramref name="From"/>, <paramref name="From"/> + <paramref name="Count"/>).</summary>
/// <param name="Kind">What happens.</param>
/// <param name="From">First conversion index (since START).</param>
/// <param name="Count">Number of conversions.</param>
/// <param name="Electrodes">For <see cref="ScheduledEventKind.LeadOff"/>: which electrodes are off.</param>
public readonly record struct ScheduledEvent(ScheduledEventKind Kind, long From, long Count, LeadOffStatus Electrodes = LeadOffStatus.None)
{
    /// <summary>True when <paramref name="index"/> falls inside the event.</summary>
    /// <param name="index">Conversion index.</param>
    public bool Covers(long index) => index >= From && index - From < Count;
}
