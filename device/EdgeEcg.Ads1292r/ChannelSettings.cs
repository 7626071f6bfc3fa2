namespace EdgeEcg.Ads1292r;

/// <summary>One CHnSET register: power-down, PGA gain, input multiplexer.</summary>
/// <param name="Gain">PGA gain.</param>
/// <param name="Mux">Input multiplexer.</param>
/// <param name="PowerDown">PDn: channel powered down (the datasheet recommends MUX = shorted for a powered-down channel).</param>
public readonly record struct ChannelSettings(PgaGain Gain, InputMux Mux, bool PowerDown = false)
{
    /// <summary>Gain 6, normal electrode input, powered: the reset default and the ECG setting.</summary>
    public static ChannelSettings Default => new(PgaGain.Gain6, InputMux.Normal);

    /// <summary>The CHnSET register value.</summary>
    public byte ToRegister() => (byte)((PowerDown ? 0x80 : 0) | ((byte)Gain << 4) | (byte)Mux);

    /// <summary>Decodes a CHnSET register value.</summary>
    /// <param name="value">The register value.</param>
    public static ChannelSettings FromRegister(byte value) =>
        new((PgaGain)((value >> 4) & 0x07), (InputMux)(value & 0x0F), (value & 0x80) != 0);

    /// <summary>The numeric gain (1, 2, 3, 4, 6, 8 or 12).</summary>
    public int GainValue => Ads1292rScale.GainValue(Gain);
}
