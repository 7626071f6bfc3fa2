namespace EdgeEcg.Ads1292r;

/// <summary>ADS1292R register addresses (datasheet SBAS502, register map).</summary>
/// <remarks>Reset values: ID 0x73 (factory), CONFIG1 0x02, CONFIG2 0x80, LOFF 0x10, CH1SET/CH2SET 0x00,
/// RLD_SENS 0x00, LOFF_SENS 0x00, LOFF_STAT 0x00, RESP1 0x00, RESP2 0x02, GPIO 0x0C.</remarks>
public enum Register : byte
{
    /// <summary>ID control (read only): REV_ID and DEV_ID, 0x73 for the ADS1292R.</summary>
    Id = 0x00,

    /// <summary>CONFIG1: SINGLE_SHOT (bit 7) and the data rate DR[2:0] (see <see cref="DataRate"/>).</summary>
    Config1 = 0x01,

    /// <summary>CONFIG2: lead-off comparators, reference buffer, 2.42/4.033 V reference, clock output, test signal (see <see cref="Config2Flags"/>).</summary>
    Config2 = 0x02,

    /// <summary>LOFF: comparator threshold COMP_TH[2:0], lead-off current ILEAD_OFF[1:0], DC/AC detection FLEAD_OFF.</summary>
    LeadOff = 0x03,

    /// <summary>CH1SET: power-down, PGA gain and input multiplexer of channel 1 (the respiration channel on the ADS1292R).</summary>
    Channel1Settings = 0x04,

    /// <summary>CH2SET: power-down, PGA gain and input multiplexer of channel 2.</summary>
    Channel2Settings = 0x05,

    /// <summary>RLD_SENS: PGA chop frequency, right-leg-drive buffer, RLD lead-off sense, RLD derivation inputs.</summary>
    RightLegDriveSense = 0x06,

    /// <summary>LOFF_SENS: current direction flips and which inputs are checked for lead-off.</summary>
    LeadOffSense = 0x07,

    /// <summary>LOFF_STAT: CLK_DIV (bit 6, read/write) and the lead-off status bits 4..0 (read only).</summary>
    LeadOffStatus = 0x08,

    /// <summary>RESP1: respiration demodulator/modulator enables, phase, clock source.</summary>
    Respiration1 = 0x09,

    /// <summary>RESP2: offset calibration on, respiration frequency, internal RLD reference.</summary>
    Respiration2 = 0x0A,

    /// <summary>GPIO: direction (GPIOC[2:1]) and data (GPIOD[2:1]) of the two GPIO pins.</summary>
    Gpio = 0x0B,
}
