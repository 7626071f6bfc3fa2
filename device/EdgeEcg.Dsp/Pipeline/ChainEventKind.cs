namespace EdgeEcg.Dsp.Pipeline;

/// <summary>What a <see cref="ChainEvent"/> marks.</summary>
public enum ChainEventKind
{
    /// <summary>A detected beat (R peak).</summary>
    Beat = 0,

    /// <summary>The signal becomes unreadable here (WFDB: NOISE with subtype −1, "shutdown").</summary>
    UnreadableStart = 1,

    /// <summary>The signal is readable again from here (WFDB: NOISE with subtype 0).</summary>
    UnreadableEnd = 2,
}
