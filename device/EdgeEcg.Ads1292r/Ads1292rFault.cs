namespace EdgeEcg.Ads1292r;

/// <summary>Why the binding refused a front end.</summary>
public enum Ads1292rFault
{
    /// <summary>The ID register read 0x00 or 0xFF: nothing answers on the bus (power, MISO, CS, PWDN/RESET).</summary>
    DeadBus,

    /// <summary>A device of the family answered, but it is not an ADS1292R.</summary>
    WrongDevice,

    /// <summary>A register read back differently from what was written.</summary>
    RegisterVerify,
}
