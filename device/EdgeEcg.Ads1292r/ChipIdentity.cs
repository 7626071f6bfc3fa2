namespace EdgeEcg.Ads1292r;

/// <summary>Recognises the chip from its ID register and refuses anything but an ADS1292R.</summary>
public static class ChipIdentity
{
    /// <summary>The ADS1292R ID register value.</summary>
    public const byte Ads1292rId = 0x73;

    /// <summary>The family member an ID value names, or <see cref="ChipModel.Unknown"/>.</summary>
    /// <param name="id">ID register value.</param>
    public static ChipModel Recognise(byte id) => id switch
    {
        0x50 => ChipModel.Ads1191,
        0x51 => ChipModel.Ads1192,
        0x52 => ChipModel.Ads1291,
        0x53 => ChipModel.Ads1292,
        0x73 => ChipModel.Ads1292r,
        _ => ChipModel.Unknown,
    };

    /// <summary>Returns <see cref="ChipModel.Ads1292r"/> or throws a message naming what was found.</summary>
    /// <param name="id">ID register value.</param>
    /// <param name="where">Where it was read, for the message (e.g. "SPI bus 0 CS 0").</param>
    /// <exception cref="Ads1292rException">Dead bus or another device.</exception>
    public static ChipModel Require(byte id, string where)
    {
        if (id is 0x00 or 0xFF)
        {
            throw new Ads1292rException(Ads1292rFault.DeadBus,
                $"dead bus: no ADS1292R answers on {where} (ID register read 0x{id:X2}); check 3.3 V power, MISO/MOSI/SCLK wiring, chip select and that PWDN/RESET is high");
        }

        ChipModel model = Recognise(id);
        return model switch
        {
            ChipModel.Ads1292r => model,
            ChipModel.Unknown => throw new Ads1292rException(Ads1292rFault.WrongDevice,
                $"wrong device on {where}: ID register 0x{id:X2} is not an ADS1292R (expected 0x{Ads1292rId:X2})"),
            _ => throw new Ads1292rException(Ads1292rFault.WrongDevice,
                $"wrong device on {where}: found {model} (ID 0x{id:X2}), not an ADS1292R (ID 0x{Ads1292rId:X2}); EdgeEcg needs the ADS1292R"),
        };
    }
}
