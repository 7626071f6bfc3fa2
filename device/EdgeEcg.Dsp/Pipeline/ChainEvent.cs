namespace EdgeEcg.Dsp.Pipeline;

/// <summary>One entry of a <see cref="ChainRecording"/>: a beat or an unreadable-stretch boundary at a source sample.</summary>
public struct ChainEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="sourceSample">Sample index at the source rate.</param>
    /// <param name="kind">What the event marks.</param>
    public ChainEvent(long sourceSample, ChainEventKind kind)
    {
        SourceSample = sourceSample;
        Kind = kind;
    }

    /// <summary>Sample index at the source rate.</summary>
    public long SourceSample { get; }

    /// <summary>What the event marks.</summary>
    public ChainEventKind Kind { get; }
}
