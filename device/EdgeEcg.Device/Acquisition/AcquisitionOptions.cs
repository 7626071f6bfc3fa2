namespace EdgeEcg.Device.Acquisition;

/// <summary>Options of <see cref="EcgAcquisition"/>.</summary>
public sealed class AcquisitionOptions
{
    /// <summary>Frame ring capacity (power of two). 4096 frames = 8.2 s at 500 SPS.</summary>
    public int FrameCapacity { get; set; } = 4096;

    /// <summary>Event ring capacity (power of two).</summary>
    public int EventCapacity { get; set; } = 256;

    /// <summary>Consecutive desynchronised frames after which continuous mode is restarted.</summary>
    public int ResynchronizeAfter { get; set; } = 3;

    /// <summary>
    /// When the ring is full, wait for the consumer instead of dropping the frame. Only meaningful with the
    /// simulator's full-speed clock, which converts when the reader is ready; a real ADS1292R never waits,
    /// so on hardware leave this off and a full ring is reported as an overrun gap.
    /// </summary>
    public bool WaitWhenFull { get; set; }
}
