namespace EdgeEcg.Ads1292r;

/// <summary>Output data rate, CONFIG1 DR[2:0], for f<sub>CLK</sub> = 2.048 MHz (f<sub>MOD</sub> = 512 kHz).</summary>
public enum DataRate : byte
{
    /// <summary>125 SPS (f<sub>MOD</sub>/4096).</summary>
    Sps125 = 0b000,

    /// <summary>250 SPS (f<sub>MOD</sub>/2048).</summary>
    Sps250 = 0b001,

    /// <summary>500 SPS (f<sub>MOD</sub>/1024), the reset default.</summary>
    Sps500 = 0b010,

    /// <summary>1 kSPS (f<sub>MOD</sub>/512).</summary>
    Sps1000 = 0b011,

    /// <summary>2 kSPS (f<sub>MOD</sub>/256).</summary>
    Sps2000 = 0b100,

    /// <summary>4 kSPS (f<sub>MOD</sub>/128).</summary>
    Sps4000 = 0b101,

    /// <summary>8 kSPS (f<sub>MOD</sub>/64).</summary>
    Sps8000 = 0b110,
}
