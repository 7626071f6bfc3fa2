using System;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>The ADS1292R register file: reset defaults, read-only and fixed bits, as in the datasheet register map.</summary>
public sealed class SimulatedRegisters
{
    /// <summary>Reset values, ID … GPIO.</summary>
    public static ReadOnlySpan<byte> ResetValues => [0x73, 0x02, 0x80, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x0C];

    // Bits a WREG can change; the others keep their fixed value (or, for LOFF_STAT 4..0, the chip's status).
    // RESP1 bit 1 and RESP2 bit 0 reset to 0 but "must be set to 1" (datasheet register descriptions): writable.
    private static ReadOnlySpan<byte> WritableMask => [0x00, 0x87, 0x7B, 0xED, 0xFF, 0xFF, 0xFF, 0x3F, 0x40, 0xFF, 0x87, 0x0F];

    private readonly byte[] _values = new byte[12];

    /// <summary>Creates the register file at its reset values with the given ID.</summary>
    /// <param name="id">The ID register (0x73 for a genuine ADS1292R).</param>
    public SimulatedRegisters(byte id = ChipIdentity.Ads1292rId)
    {
        Id = id;
        Reset();
    }

    /// <summary>The factory ID value this chip reports.</summary>
    public byte Id { get; set; }

    /// <summary>Restores every register to its reset value.</summary>
    public void Reset()
    {
        ResetValues.CopyTo(_values);
        _values[0] = Id;
    }

    /// <summary>
    /// Levels on the chip's GPIO1 (bit 0) and GPIO2 (bit 1) pins as driven by the board; they are what GPIOD
    /// reads for a pin configured as an input (default 0: both pulled low).
    /// </summary>
    public byte GpioInputLevels { get; set; }

    /// <summary>
    /// Reads a register (the ID and the lead-off status bits as the chip reports them; GPIOD as the pin
    /// levels: the written value for an output pin, <see cref="GpioInputLevels"/> for an input pin).
    /// </summary>
    /// <param name="address">0x00 … 0x0B; other addresses read 0.</param>
    public byte Read(int address)
    {
        if (address == 0)
        {
            return Id;
        }

        if (address == (int)Register.Gpio)
        {
            byte value = _values[address];
            int inputs = (value >> 2) & 0x03;
            return (byte)((value & 0x0C) | (value & ~inputs & 0x03) | (GpioInputLevels & inputs));
        }

        return address is > 0 and < 12 ? _values[address] : (byte)0;
    }

    /// <summary>Writes a register through its writable mask; read-only and fixed bits are kept.</summary>
    /// <param name="address">0x00 … 0x0B; other addresses are ignored.</param>
    /// <param name="value">The value written.</param>
    public void Write(int address, byte value)
    {
        if (address is > 0 and < 12)
        {
            byte mask = WritableMask[address];
            _values[address] = (byte)((_values[address] & ~mask) | (value & mask));
        }
    }

    /// <summary>Sets the read-only lead-off status bits 4..0 of LOFF_STAT.</summary>
    /// <param name="status">The status.</param>
    public void SetLeadOffStatus(LeadOffStatus status) =>
        _values[(int)Register.LeadOffStatus] = (byte)((_values[(int)Register.LeadOffStatus] & 0x40) | ((int)status & 0x1F));

    /// <summary>The register as a typed value.</summary>
    /// <param name="register">The register.</param>
    public byte this[Register register] => Read((int)register);
}
