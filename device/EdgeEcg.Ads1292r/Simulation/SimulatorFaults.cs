namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>Persistent faults and imperfections of the simulated chip; all default to a healthy ADS1292R.</summary>
public sealed class SimulatorFaults
{
    /// <summary>The ID register value (0x73 genuine; 0x53 an ADS1292, 0x52 an ADS1291).</summary>
    public byte Id { get; set; } = ChipIdentity.Ads1292rId;

    /// <summary>When set, nothing answers: MISO reads this byte (0x00 or 0xFF) and DRDY never falls.</summary>
    public byte? DeadBus { get; set; }

    /// <summary>Multiplier of the device noise (1 = datasheet level; 20 = a damaged or badly shielded input).</summary>
    public double NoiseScale { get; set; } = 1.0;

    /// <summary>
    /// Ratio of the true conversion period to the nominal one (1 = exact; 1.25 = the master clock runs at 80 %),
    /// so frames arrive at the wrong data rate while the registers still say the configured one.
    /// </summary>
    public double ConversionPeriodScale { get; set; } = 1.0;

    /// <summary>Input offset in microvolts on every channel until OFFSETCAL removes it.</summary>
    public double InputOffsetMicrovolts { get; set; } = 25.0;

    /// <summary>Add device noise to the electrode inputs too (off by default so that playback is bit-exact).</summary>
    public bool NoiseOnElectrodes { get; set; }

    /// <summary>Electrodes currently off (lead-off status bits), in addition to scheduled lead-off events.</summary>
    public LeadOffStatus ElectrodesOff { get; set; }
}
