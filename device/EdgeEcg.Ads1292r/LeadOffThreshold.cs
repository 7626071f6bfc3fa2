namespace EdgeEcg.Ads1292r;

/// <summary>Lead-off comparator threshold, LOFF COMP_TH[2:0]: positive side % of full scale (negative side is 100 % minus it).</summary>
public enum LeadOffThreshold : byte
{
    /// <summary>95 % / 5 % (default).</summary>
    Percent95 = 0b000,

    /// <summary>92.5 % / 7.5 %.</summary>
    Percent92_5 = 0b001,

    /// <summary>90 % / 10 %.</summary>
    Percent90 = 0b010,

    /// <summary>87.5 % / 12.5 %.</summary>
    Percent87_5 = 0b011,

    /// <summary>85 % / 15 %.</summary>
    Percent85 = 0b100,

    /// <summary>80 % / 20 %.</summary>
    Percent80 = 0b101,

    /// <summary>75 % / 25 %.</summary>
    Percent75 = 0b110,

    /// <summary>70 % / 30 %.</summary>
    Percent70 = 0b111,
}
