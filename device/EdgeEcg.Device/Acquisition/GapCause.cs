namespace EdgeEcg.Device.Acquisition;

/// <summary>Why samples are missing.</summary>
public enum GapCause
{
    /// <summary>Not a gap.</summary>
    None,

    /// <summary>DRDY edges were not seen (frames overwritten in the chip), found from frame timestamps.</summary>
    MissedDataReady,

    /// <summary>The consumer did not keep up and the ring buffer was full.</summary>
    Overrun,

    /// <summary>The frame's status header was not 1100: a desynchronised or corrupted SPI read, discarded.</summary>
    Desync,

    /// <summary>The SPI transfer of the frame failed (the driver threw an <see cref="System.IO.IOException"/>).</summary>
    ReadError,
}
