namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>How the simulator's virtual clock advances.</summary>
public enum ClockMode
{
    /// <summary>Conversions follow the wall clock at the configured data rate; a slow reader loses frames, as on hardware.</summary>
    RealTime,

    /// <summary>
    /// The next conversion happens as soon as the reader has taken the current frame (or after one real-time
    /// period if nobody reads it), so a 30-minute record plays in seconds. Virtual time still advances by exactly
    /// one conversion period per frame.
    /// </summary>
    FullSpeed,
}
