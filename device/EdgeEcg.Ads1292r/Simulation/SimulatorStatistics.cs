namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>What the simulated chip has done, for tests and diagnostics.</summary>
public sealed class SimulatorStatistics
{
    /// <summary>Conversions performed since creation.</summary>
    public long Conversions { get; internal set; }

    /// <summary>Frames that were read (first SPI clock after DRDY).</summary>
    public long FramesRead { get; internal set; }

    /// <summary>Frames overwritten by the next conversion before anyone read them.</summary>
    public long FramesOverwritten { get; internal set; }

    /// <summary>RREG/WREG received in RDATAC mode and ignored, as the datasheet specifies.</summary>
    public long IgnoredRegisterCommands { get; internal set; }

    /// <summary>Multi-byte commands whose later bytes arrived within t<sub>SDECODE</sub> (SPI clock too fast) and were lost.</summary>
    public long DecodeTimeViolations { get; internal set; }

    /// <summary>Opcodes received, by value (index = opcode byte).</summary>
    public long[] Opcodes { get; } = new long[256];
}
