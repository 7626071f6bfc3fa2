using System;

namespace EdgeEcg.Ads1292r;

/// <summary>A typed image of the eleven writable registers (CONFIG1 … GPIO), encoded and decoded exactly.</summary>
/// <remarks>
/// The defaults are the ECG set-up EdgeEcg uses: 500 SPS, both channels at gain 6 on their electrodes,
/// internal 2.42 V reference with its buffer on, DC lead-off detection (6 nA, 95 %) on both channel-2
/// electrodes, right-leg drive derived from channel 2, internal RLD reference, offset calibration enabled (CALIB_ON, so
/// that the OFFSETCAL <see cref="Ads1292r.Configure"/> sends takes effect). Reserved bits are written
/// with the values the datasheet requires (CONFIG2 bit 7 = 1, LOFF bit 4 = 1, RESP1 bit 1 = 1, RESP2 bit 0 = 1; the
/// last two read 0 after reset but must be written as 1).
/// </remarks>
public sealed class Ads1292rSettings
{
    /// <summary>Number of registers from CONFIG1 (0x01) to GPIO (0x0B).</summary>
    public const int RegisterCount = 11;

    /// <summary>
    /// The chip's own state after a reset or power-up (register map reset values CONFIG1 … GPIO: 02 80 10 00 00 00 00 00
    /// 00 02 0C), which differs from the EdgeEcg defaults of <c>new Ads1292rSettings()</c> (lead-off, RLD, CALIB_ON off).
    /// </summary>
    public static Ads1292rSettings ChipReset => Decode([0x02, 0x80, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x0C]);

    /// <summary>Output data rate (CONFIG1 DR).</summary>
    public DataRate DataRate { get; set; } = DataRate.Sps500;

    /// <summary>Single-shot conversion mode (CONFIG1 bit 7) instead of continuous.</summary>
    public bool SingleShot { get; set; }

    /// <summary>CONFIG2 options: lead-off comparators, reference buffer, 4 V reference, clock out, test signal.</summary>
    public Config2Flags Config2 { get; set; } = Config2Flags.LeadOffComparatorsOn | Config2Flags.ReferenceBufferOn;

    /// <summary>Lead-off comparator threshold (LOFF COMP_TH).</summary>
    public LeadOffThreshold LeadOffThreshold { get; set; } = LeadOffThreshold.Percent95;

    /// <summary>Lead-off excitation current (LOFF ILEAD_OFF).</summary>
    public LeadOffCurrent LeadOffCurrent { get; set; } = LeadOffCurrent.Nanoamps6;

    /// <summary>AC lead-off excitation at f<sub>DR</sub>/4 (LOFF FLEAD_OFF) instead of DC.</summary>
    public bool AcLeadOff { get; set; }

    /// <summary>Channel 1 (respiration on the ADS1292R).</summary>
    public ChannelSettings Channel1 { get; set; } = ChannelSettings.Default;

    /// <summary>Channel 2 (the ECG lead).</summary>
    public ChannelSettings Channel2 { get; set; } = ChannelSettings.Default;

    /// <summary>PGA chop frequency, RLD_SENS CHOP[1:0] (0 = f<sub>MOD</sub>/16, 2 = f<sub>MOD</sub>/2, 3 = f<sub>MOD</sub>/4).</summary>
    public byte ChopFrequency { get; set; }

    /// <summary>Right-leg drive: buffer, lead-off sense and derivation inputs (RLD_SENS bits 5..0).</summary>
    public RightLegDriveSenseFlags RightLegDrive { get; set; } =
        RightLegDriveSenseFlags.BufferOn | RightLegDriveSenseFlags.Channel2Positive | RightLegDriveSenseFlags.Channel2Negative;

    /// <summary>Inputs checked for lead-off (LOFF_SENS).</summary>
    public LeadOffSenseFlags LeadOffSense { get; set; } = LeadOffSenseFlags.In2Positive | LeadOffSenseFlags.In2Negative;

    /// <summary>LOFF_STAT CLK_DIV: true when an external 2.048 MHz clock is used (f<sub>MOD</sub> = f<sub>CLK</sub>/16), false for 512 kHz.</summary>
    public bool ClockDivider16 { get; set; }

    /// <summary>RESP1 without the fixed bit 1 (demodulator, modulator, phase, clock source). Default 0: respiration off.</summary>
    public byte Respiration1 { get; set; }

    /// <summary>
    /// RESP2 without the fixed bit 0 (CALIB_ON bit 7, RESP_FREQ bit 2, RLDREF_INT bit 1). Default 0x82: offset
    /// calibration on (OFFSETCAL is ignored without it) and RLDREF internal.
    /// </summary>
    public byte Respiration2 { get; set; } = 0x82;

    /// <summary>GPIO register: both pins inputs (0x0C), the reset default.</summary>
    public byte Gpio { get; set; } = 0x0C;

    /// <summary>The data rate in samples per second.</summary>
    public int SamplesPerSecond => Ads1292rScale.SamplesPerSecond(DataRate);

    /// <summary>The scale of channel 1 codes.</summary>
    public Ads1292rScale Channel1Scale => new(Channel1.Gain, (Config2 & Config2Flags.Reference4V) != 0);

    /// <summary>The scale of channel 2 codes.</summary>
    public Ads1292rScale Channel2Scale => new(Channel2.Gain, (Config2 & Config2Flags.Reference4V) != 0);

    /// <summary>Encodes the settings as register values CONFIG1 … GPIO.</summary>
    /// <param name="registers">Receives <see cref="RegisterCount"/> values, index 0 = CONFIG1.</param>
    public void Encode(Span<byte> registers)
    {
        if (registers.Length < RegisterCount)
        {
            throw new ArgumentException($"needs {RegisterCount} bytes, got {registers.Length}", nameof(registers));
        }

        registers[0] = (byte)((SingleShot ? 0x80 : 0) | ((byte)DataRate & 0x07));
        registers[1] = (byte)(((byte)Config2 | 0x80) & 0xFB);
        registers[2] = (byte)(((byte)LeadOffThreshold << 5) | 0x10 | ((byte)LeadOffCurrent << 2) | (AcLeadOff ? 1 : 0));
        registers[3] = Channel1.ToRegister();
        registers[4] = Channel2.ToRegister();
        registers[5] = (byte)(((ChopFrequency & 0x3) << 6) | ((byte)RightLegDrive & 0x3F));
        registers[6] = (byte)((byte)LeadOffSense & 0x3F);
        registers[7] = (byte)(ClockDivider16 ? 0x40 : 0);
        registers[8] = (byte)(Respiration1 | 0x02);
        registers[9] = (byte)((Respiration2 & 0x86) | 0x01);
        registers[10] = (byte)(Gpio & 0x0F);
    }

    /// <summary>Decodes register values CONFIG1 … GPIO (as read back from the chip).</summary>
    /// <param name="registers"><see cref="RegisterCount"/> values, index 0 = CONFIG1.</param>
    public static Ads1292rSettings Decode(ReadOnlySpan<byte> registers)
    {
        if (registers.Length < RegisterCount)
        {
            throw new ArgumentException($"needs {RegisterCount} bytes, got {registers.Length}", nameof(registers));
        }

        return new Ads1292rSettings
        {
            SingleShot = (registers[0] & 0x80) != 0,
            DataRate = (DataRate)(registers[0] & 0x07),
            Config2 = (Config2Flags)(registers[1] & 0x7B),
            LeadOffThreshold = (LeadOffThreshold)(registers[2] >> 5),
            LeadOffCurrent = (LeadOffCurrent)((registers[2] >> 2) & 0x3),
            AcLeadOff = (registers[2] & 0x01) != 0,
            Channel1 = ChannelSettings.FromRegister(registers[3]),
            Channel2 = ChannelSettings.FromRegister(registers[4]),
            ChopFrequency = (byte)(registers[5] >> 6),
            RightLegDrive = (RightLegDriveSenseFlags)(registers[5] & 0x3F),
            LeadOffSense = (LeadOffSenseFlags)(registers[6] & 0x3F),
            ClockDivider16 = (registers[7] & 0x40) != 0,
            Respiration1 = (byte)(registers[8] & 0xFD),
            Respiration2 = (byte)(registers[9] & 0x86),
            Gpio = (byte)(registers[10] & 0x0F),
        };
    }

    /// <summary>A copy of these settings.</summary>
    public Ads1292rSettings Clone() => (Ads1292rSettings)MemberwiseClone();
}
