using System;
using System.Device.Gpio;
using System.IO;
using System.Threading;
using EdgeEcg.Ads1292r;

namespace EdgeEcg.Device.Acquisition;

/// <summary>
/// DRDY-driven acquisition from a configured ADS1292R: on each DRDY falling edge the frame is read, given its
/// running sample index and written to a lock-free ring for one consumer thread. Nothing is hidden: samples
/// missed (DRDY not seen), dropped (ring full), discarded (bad header) or unreadable (the SPI transfer threw) are
/// reported as gap events with their length, and their indices are skipped, so the consumer's time axis stays true.
/// The DRDY handler never lets an exception escape onto the driver's thread.
/// </summary>
/// <remarks>
/// The DRDY handler runs on the GPIO driver's event thread (one at a time, as the .NET IoT drivers deliver
/// them) and allocates nothing; it is the only producer of both rings, and the thread that calls
/// <see cref="TryRead"/> and <see cref="TryReadEvent"/> is their only consumer. <see cref="Stop"/> waits until no
/// handler is running, so nothing touches the chip or the rings from the DRDY side after it returns.
/// Timestamps come from a <see cref="TimeProvider"/>: <see cref="TimeProvider.System"/> on hardware, the
/// simulator's virtual clock in simulation. An acquisition runs once: after <see cref="Stop"/>, create a new one.
/// </remarks>
public sealed class EcgAcquisition : IDisposable
{
    private readonly Ads1292r.Ads1292r _chip;
    private readonly TimeProvider _time;
    private readonly AcquisitionOptions _options;
    private readonly SpscRing<AcquiredFrame> _frames;
    private readonly SpscRing<AcquisitionEvent> _events;
    private readonly PinChangeEventHandler _handler;
    private readonly FrameTimeline _timeline;
    private long _nextIndex;
    private long _overrunStart = -1;
    private long _overrunLength;
    private int _consecutiveDesync;
    private LeadOffStatus _leadOff;
    private int _busy;
    private volatile bool _running;
    private bool _started;

    /// <summary>Creates the acquisition for a chip that has been initialised and configured.</summary>
    /// <param name="chip">The binding.</param>
    /// <param name="time">Clock for frame timestamps.</param>
    /// <param name="options">Options (null = defaults).</param>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    public EcgAcquisition(Ads1292r.Ads1292r chip, TimeProvider time, AcquisitionOptions? options = null)
    {
        _chip = chip ?? throw new ArgumentNullException(nameof(chip));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new AcquisitionOptions();
        RequirePowerOfTwo(_options.FrameCapacity, nameof(AcquisitionOptions.FrameCapacity));
        RequirePowerOfTwo(_options.EventCapacity, nameof(AcquisitionOptions.EventCapacity));
        if (_options.ResynchronizeAfter < 1)
        {
            throw new ArgumentException($"AcquisitionOptions.ResynchronizeAfter must be at least 1, not {_options.ResynchronizeAfter}", nameof(options));
        }

        _frames = new SpscRing<AcquiredFrame>(_options.FrameCapacity);
        _events = new SpscRing<AcquisitionEvent>(_options.EventCapacity);
        _handler = OnDataReady;
        SamplesPerSecond = chip.Settings.SamplesPerSecond;
        _timeline = new FrameTimeline(SamplesPerSecond, time.TimestampFrequency);
        Scale = new CanonicalScale(chip.Settings.Channel2Scale);
    }

    /// <summary>The configured data rate.</summary>
    public int SamplesPerSecond { get; }

    /// <summary>Conversion of channel 2 codes to the canonical int16 5 µV/LSB unit.</summary>
    public CanonicalScale Scale { get; }

    /// <summary>Counters.</summary>
    public AcquisitionStatistics Statistics { get; } = new();

    /// <summary>The index the next sample will get (= samples elapsed since start, lost ones included).</summary>
    public long SampleCounter => Volatile.Read(ref _nextIndex);

    /// <summary>Ticks per second of <see cref="AcquiredFrame.Timestamp"/>.</summary>
    public long TimestampFrequency => _time.TimestampFrequency;

    /// <summary>True between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public bool IsRunning => _running;

    /// <summary>Starts: DRDY handler, RDATAC, then conversions.</summary>
    /// <exception cref="InvalidOperationException">Already started once (sample indices would jump across the pause with no gap event).</exception>
    public void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException(
                "an EcgAcquisition runs once: its sample indices would jump across the pause without a gap event; create a new one");
        }

        _started = true;
        _running = true;
        _chip.AddDataReadyHandler(_handler);
        _chip.StartContinuousRead();
        _chip.StartConversions();
    }

    /// <summary>Stops conversions, waits for an in-flight DRDY handler, leaves RDATAC and reports a pending overrun gap.</summary>
    public void Stop()
    {
        if (!_running)
        {
            return;
        }

        _running = false;

        // Pairs with the Interlocked.Exchange in OnDataReady: either that handler sees _running == false, or
        // this thread sees _busy == 1 and waits (a plain volatile write then read may be reordered).
        Interlocked.MemoryBarrier();
        _chip.RemoveDataReadyHandler(_handler);
        SpinWait spin = default;
        while (Volatile.Read(ref _busy) != 0)
        {
            spin.SpinOnce();
        }

        _chip.StopConversions();
        _chip.StopContinuousRead();
        FlushOverrun();
    }

    /// <summary>Consumer: takes the next frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <returns>False when none is waiting.</returns>
    public bool TryRead(out AcquiredFrame frame) => _frames.TryRead(out frame);

    /// <summary>Consumer: takes the next event.</summary>
    /// <param name="acquisitionEvent">The event.</param>
    /// <returns>False when none is waiting.</returns>
    public bool TryReadEvent(out AcquisitionEvent acquisitionEvent) => _events.TryRead(out acquisitionEvent);

    /// <inheritdoc />
    public void Dispose() => Stop();

    private static void RequirePowerOfTwo(int value, string option)
    {
        if (value < 2 || (value & (value - 1)) != 0)
        {
            throw new ArgumentException($"AcquisitionOptions.{option} must be a power of two of at least 2, not {value}", "options");
        }
    }

    private void OnDataReady(object sender, PinValueChangedEventArgs e)
    {
        Interlocked.Exchange(ref _busy, 1);
        try
        {
            if (!_running)
            {
                return;
            }

            long timestamp = _time.GetTimestamp();
            Ads1292rFrame raw = default;
            bool read = true;
            try
            {
                raw = _chip.ReadFrame();
            }
            catch (IOException)
            {
                read = false;
            }

            long elapsed = _timeline.Advance(timestamp);
            if (elapsed == 0)
            {
                Statistics.AddStaleEdge();
                return;
            }

            if (elapsed > 1)
            {
                Statistics.AddMissed(elapsed - 1);
                Emit(AcquisitionEvent.Gap(_nextIndex, elapsed - 1, GapCause.MissedDataReady));
                Volatile.Write(ref _nextIndex, _nextIndex + elapsed - 1);
            }

            long index = _nextIndex;
            Volatile.Write(ref _nextIndex, index + 1);
            if (!read)
            {
                Statistics.AddReadError();
                Emit(AcquisitionEvent.Gap(index, 1, GapCause.ReadError));
                return;
            }

            if (!raw.HasValidHeader)
            {
                OnDesync(index);
                return;
            }

            _consecutiveDesync = 0;
            if (raw.LeadOff != _leadOff)
            {
                _leadOff = raw.LeadOff;
                Emit(new AcquisitionEvent(AcquisitionEventKind.LeadOffChanged, index, 0, GapCause.None, raw.LeadOff));
            }

            Deliver(new AcquiredFrame(index, raw.Channel1, raw.Channel2, raw.LeadOff, timestamp));
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private void Deliver(in AcquiredFrame frame)
    {
        if (_frames.TryWrite(frame))
        {
            FlushOverrun();
            Statistics.AddFrame();
            return;
        }

        if (_options.WaitWhenFull)
        {
            SpinWait spin = default;
            while (_running)
            {
                spin.SpinOnce();
                if (_frames.TryWrite(frame))
                {
                    Statistics.AddFrame();
                    return;
                }
            }

            // Stopped while waiting: the stream ends before this frame, which is not counted as lost.
            Volatile.Write(ref _nextIndex, frame.SampleIndex);
            return;
        }

        Statistics.AddOverrun();
        if (_overrunStart < 0)
        {
            _overrunStart = frame.SampleIndex;
        }

        _overrunLength++;
    }

    private void OnDesync(long index)
    {
        Statistics.AddDesync();
        Emit(AcquisitionEvent.Gap(index, 1, GapCause.Desync));
        if (++_consecutiveDesync >= _options.ResynchronizeAfter)
        {
            _consecutiveDesync = 0;
            try
            {
                _chip.StopContinuousRead();
                _chip.StartContinuousRead();
            }
            catch (IOException)
            {
                // The bus failed mid-restart: the next desynchronised frames trigger another attempt.
                return;
            }

            Statistics.AddResync();
            Emit(new AcquisitionEvent(AcquisitionEventKind.Resynchronized, index + 1, 0, GapCause.None, LeadOffStatus.None));
        }
    }

    private void FlushOverrun()
    {
        if (_overrunStart >= 0)
        {
            Emit(AcquisitionEvent.Gap(_overrunStart, _overrunLength, GapCause.Overrun));
            _overrunStart = -1;
            _overrunLength = 0;
        }
    }

    private void Emit(in AcquisitionEvent acquisitionEvent)
    {
        if (!_events.TryWrite(acquisitionEvent))
        {
            Statistics.AddEventDropped();
        }
    }
}
