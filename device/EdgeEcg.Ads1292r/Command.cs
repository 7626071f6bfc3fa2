namespace EdgeEcg.Ads1292r;

/// <summary>SPI opcodes of the ADS1292R (datasheet SBAS502, SPI command definitions).</summary>
/// <remarks>
/// Bytes of a multi-byte command must be at least t<sub>SDECODE</sub> = 4 t<sub>CLK</sub> apart
/// (1.95 µs at 2.048 MHz): the binding guarantees this by refusing an SPI clock above
/// <see cref="ChipTiming.MaxSpiClockHz"/>, so that every byte takes longer than the decode time.
/// </remarks>
public enum Command : byte
{
    /// <summary>Wake up from standby.</summary>
    Wakeup = 0x02,

    /// <summary>Enter standby: conversions stop, registers stay readable and writable.</summary>
    Standby = 0x04,

    /// <summary>Reset the digital filter and every register to its default. It takes 9 f<sub>MOD</sub> periods to execute; send nothing meanwhile (<see cref="ChipTiming.AfterReset"/>).</summary>
    Reset = 0x06,

    /// <summary>Start or restart (synchronise) conversions; use with the START pin held low.</summary>
    Start = 0x08,

    /// <summary>Stop conversions started with <see cref="Start"/>.</summary>
    Stop = 0x0A,

    /// <summary>Channel offset calibration: the chip measures and then removes its own input offset.</summary>
    OffsetCalibration = 0x1A,

    /// <summary>Read data continuously (the power-up mode): each DRDY frame shifts out on DOUT; RREG/WREG are ignored.</summary>
    ReadDataContinuous = 0x10,

    /// <summary>Stop read-data-continuous mode; required before any register access.</summary>
    StopReadDataContinuous = 0x11,

    /// <summary>Read one frame by command (in SDATAC mode): the 9-byte frame follows the opcode.</summary>
    ReadData = 0x12,

    /// <summary>Read registers: first byte 0x20 | address, second byte (count - 1).</summary>
    ReadRegister = 0x20,

    /// <summary>Write registers: first byte 0x40 | address, second byte (count - 1), then the values.</summary>
    WriteRegister = 0x40,
}
