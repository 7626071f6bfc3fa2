namespace EdgeEcg.Ads1292r;

/// <summary>
/// Output data rate, CONFIG1 DR[2:0]: the oversampling ratio of the modulator clock f<sub>MOD</sub> = 128 kHz
/// (f<sub>CLK</sub>/4 from the internal 512 kHz oscillator with CLK_DIV = 0, or f<sub>CLK</sub>/16 from an external
/// 2.048 MHz clock with CLK_DIV = 1), datasheet SBAS502 CONFIG1 table.
/// </summary>
public enum DataRate : byte
{
    /// <summary>125 SPS (f<sub>MOD</sub>/1024).</summary>
    Sps125 = 0b000,

    /// <summary>250 SPS (f<sub>MOD</sub>/512).</summary>
    Sps250 = 0b001,

    /// <summary>500 SPS (f<sub>MOD</sub>/256), the reset default.</summary>
    Sps500 = 0b010,

    /// <summary>1 kSPS (f<sub>MOD</sub>/128).</summary>
    Sps1000 = 0b011,

    /// <summary>2 kSPS (f<sub>MOD</sub>/64).</summary>
    Sps2000 = 0b100,

    /// <summary>4 kSPS (f<sub>MOD</sub>/32).</summary>
    Sps4000 = 0b101,

    /// <summary>8 kSPS (f<sub>MOD</sub>/16).</summary>
    Sps8000 = 0b110,
}
