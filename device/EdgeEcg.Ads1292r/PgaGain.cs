namespace EdgeEcg.Ads1292r;

/// <summary>PGA gain, CHnSET GAINn[2:0]. Note the encoding: 000 is gain 6 (the reset default).</summary>
public enum PgaGain : byte
{
    /// <summary>Gain 6 (code 000, default).</summary>
    Gain6 = 0b000,

    /// <summary>Gain 1.</summary>
    Gain1 = 0b001,

    /// <summary>Gain 2.</summary>
    Gain2 = 0b010,

    /// <summary>Gain 3.</summary>
    Gain3 = 0b011,

    /// <summary>Gain 4.</summary>
    Gain4 = 0b100,

    /// <summary>Gain 8.</summary>
    Gain8 = 0b101,

    /// <summary>Gain 12.</summary>
    Gain12 = 0b110,
}
