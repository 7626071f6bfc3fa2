namespace EdgeEcg.Ads1292r;

/// <summary>The devices of the ADS119x/ADS129x two-channel family, by the value of their ID register.</summary>
public enum ChipModel : byte
{
    /// <summary>No device recognised.</summary>
    Unknown = 0x00,

    /// <summary>ADS1191: one channel, 16 bit.</summary>
    Ads1191 = 0x50,

    /// <summary>ADS1192: two channels, 16 bit.</summary>
    Ads1192 = 0x51,

    /// <summary>ADS1291: one channel, 24 bit.</summary>
    Ads1291 = 0x52,

    /// <summary>ADS1292: two channels, 24 bit, no respiration.</summary>
    Ads1292 = 0x53,

    /// <summary>ADS1292R: two channels, 24 bit, respiration on channel 1. The only device this binding drives.</summary>
    Ads1292r = 0x73,
}
