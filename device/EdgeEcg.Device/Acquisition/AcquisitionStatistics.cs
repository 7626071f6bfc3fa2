using System.Threading;

namespace EdgeEcg.Device.Acquisition;

/// <summary>Running counters of an acquisition (written by the DRDY thread, readable from any thread).</summary>
public sealed class AcquisitionStatistics
{
    private long _frames;
    private long _missed;
    private long _overrun;
    private long _desync;
    private long _resyncs;
    private long _eventsDropped;
    private long _staleEdges;
    private long _readErrors;

    /// <summary>Frames delivered to the ring.</summary>
    public long Frames => Volatile.Read(ref _frames);

    /// <summary>Samples lost to missed DRDY edges.</summary>
    public long MissedFrames => Volatile.Read(ref _missed);

    /// <summary>Samples dropped because the ring was full.</summary>
    public long OverrunFrames => Volatile.Read(ref _overrun);

    /// <summary>Frames discarded for a bad status header.</summary>
    public long DesyncFrames => Volatile.Read(ref _desync);

    /// <summary>Continuous-mode restarts.</summary>
    public long Resynchronizations => Volatile.Read(ref _resyncs);

    /// <summary>Events lost because the event ring was full (their samples are still counted above).</summary>
    public long EventsDropped => Volatile.Read(ref _eventsDropped);

    /// <summary>DRDY edges handled less than half a period after the previous frame (queued behind a slow handler); their frame was a repeat and was skipped.</summary>
    public long StaleEdges => Volatile.Read(ref _staleEdges);

    /// <summary>Frames whose SPI read failed (the driver threw); each is a one-sample gap.</summary>
    public long ReadErrors => Volatile.Read(ref _readErrors);

    /// <summary>All samples missing from the stream for any reason.</summary>
    public long LostFrames => MissedFrames + OverrunFrames + DesyncFrames + ReadErrors;

    internal void AddFrame() => Volatile.Write(ref _frames, _frames + 1);

    internal void AddMissed(long n) => Volatile.Write(ref _missed, _missed + n);

    internal void AddOverrun() => Volatile.Write(ref _overrun, _overrun + 1);

    internal void AddDesync() => Volatile.Write(ref _desync, _desync + 1);

    internal void AddResync() => Volatile.Write(ref _resyncs, _resyncs + 1);

    internal void AddStaleEdge() => Volatile.Write(ref _staleEdges, _staleEdges + 1);

    internal void AddReadError() => Volatile.Write(ref _readErrors, _readErrors + 1);

    internal void AddEventDropped() => Volatile.Write(ref _eventsDropped, _eventsDropped + 1);
}
