namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>Kinds of scripted events, placed at conversion indices.</summary>
public enum ScheduledEventKind
{
    /// <summary>Electrodes off: status bits set, and the affected channel's input driven to full scale by the lead-off current.</summary>
    LeadOff,

    /// <summary>Channel 2 input beyond full scale: codes stick at 0x7FFFFF.</summary>
    Saturation,

    /// <summary>DRDY does not fall for these conversions (the frames are produced and overwritten unread).</summary>
    MissedDataReady,

    /// <summary>SPI bit slip: these frames come out shifted right by one bit, breaking the 1100 status header.</summary>
    BitSlip,
}
