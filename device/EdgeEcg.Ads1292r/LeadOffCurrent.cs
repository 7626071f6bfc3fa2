namespace EdgeEcg.Ads1292r;

/// <summary>Lead-off excitation current magnitude, LOFF ILEAD_OFF[1:0].</summary>
public enum LeadOffCurrent : byte
{
    /// <summary>6 nA (default).</summary>
    Nanoamps6 = 0b00,

    /// <summary>22 nA.</summary>
    Nanoamps22 = 0b01,

    /// <summary>6 µA.</summary>
    Microamps6 = 0b10,

    /// <summary>22 µA.</summary>
    Microamps22 = 0b11,
}
