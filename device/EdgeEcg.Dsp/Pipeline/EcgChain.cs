using System;
using EdgeEcg.Dsp.Beats;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Resampling;

namespace EdgeEcg.Dsp.Pipeline;

/// <summary>
/// The device's streaming ECG chain: source samples (360 Hz through <see cref="PolyphaseResamplerQ15"/>,
/// 500 Hz through <see cref="HalfbandDecimatorQ15"/>, or 250 Hz directly) → <see cref="EcgFilterChain"/> →
/// <see cref="Hamilton2002Detector"/> and <see cref="SignalQualityIndex"/>, with a ring of filtered samples
/// from which the window around each beat is handed on once it is complete.
/// </summary>
/// <remarks>
/// <para>Input samples are in the canonical unit (5 µV/LSB), at the source rate. Results go to an
/// <see cref="IEcgChainSink"/> during the Process calls. All buffers are allocated in the constructor; processing
/// allocates nothing.</para>
/// <para><b>Timing.</b> Beat positions are reported at 250 Hz in the filtered stream (<see cref="ChainBeat.Sample"/>) and
/// as source sample indices (<see cref="ChainBeat.SourceSample"/>) with <see cref="DelaySamples"/> (resampler group
/// delay + filter delay in the QRS band) removed. A beat is reported at most
/// <see cref="Hamilton2002Detector.MaxRegularLatency"/> samples after its R peak (search-back beats later); its window
/// is handed on <see cref="BeatWindowLength"/> − <see cref="BeatWindowRIndex"/> samples after the R peak, or at once if
/// that has passed. Beats older than the ring (<see cref="RingLength"/> samples) get no window.</para>
/// </remarks>
public sealed class EcgChain
{
    /// <summary>Samples in a beat window (1 s at 250 Hz, as the spectrogram settings expect).</summary>
    public const int BeatWindowLength = 250;

    /// <summary>Index of the R peak inside a beat window.</summary>
    public const int BeatWindowRIndex = 90;

    /// <summary>Length of the ring of filtered samples (8.2 s at 250 Hz).</summary>
    public const int RingLength = 2048;

    /// <summary>The chain's internal rate, Hz.</summary>
    public const int ChainRateHz = 250;

    private const int RingMask = RingLength - 1;
    private const int BlockLength = 64;
    private const int PendingLength = 16;

    private readonly PolyphaseResamplerQ15? resampler;
    private readonly HalfbandDecimatorQ15? decimator;
    private readonly EcgFilterChain filter;
    private readonly Hamilton2002Detector detector = new();
    private readonly SignalQualityIndex quality = new();
    private readonly IEcgChainSink sink;
    private readonly short[] block;
    private readonly short[] single = new short[1];
    private readonly short[] ring = new short[RingLength];
    private readonly short[] window = new short[BeatWindowLength];
    private readonly ChainBeat[] pending = new ChainBeat[PendingLength];
    private int pendingHead;
    private int pendingCount;
    private long index = -1;
    private short lastFiltered;

    private EcgChain(int sourceRateHz, MainsFrequency mains, IEcgChainSink sink)
    {
        SourceRateHz = sourceRateHz;
        this.sink = sink;
        filter = EcgFilterChain.Create(ChainRateHz, mains);
        int resamplerDelay = 0;
        int maxOut = BlockLength;
        if (sourceRateHz == 360)
        {
            resampler = PolyphaseResamplerQ15.Create360To250();
            resamplerDelay = resampler.DelayOutputSamples;
            maxOut = resampler.MaxOutputCount(BlockLength) + 1;
        }
        else if (sourceRateHz == 500)
        {
            decimator = HalfbandDecimatorQ15.Create500To250();
            resamplerDelay = decimator.DelayOutputSamples;
            maxOut = decimator.MaxOutputCount(BlockLength) + 1;
        }

        block = new short[maxOut];
        DelaySamples = resamplerDelay + filter.DelaySamples;
    }

    /// <summary>The source sampling rate: 250, 360 or 500 Hz.</summary>
    public int SourceRateHz { get; }

    /// <summary>Delay of the filtered 250 Hz stream behind the source, in 250 Hz samples (resampler + filter).</summary>
    public int DelaySamples { get; }

    /// <summary>Number of 250 Hz samples processed so far.</summary>
    public long SampleCount => index + 1;

    /// <summary>The detector (for its threshold and state).</summary>
    public Hamilton2002Detector Detector => detector;

    /// <summary>Creates a chain.</summary>
    /// <param name="sourceRateHz">The source rate: 250 (direct), 360 (MIT-BIH) or 500 (ADS1292R at 500 SPS).</param>
    /// <param name="mains">The mains frequency to notch.</param>
    /// <param name="sink">Receives beats, beat windows and quality windows.</param>
    public static EcgChain Create(int sourceRateHz, MainsFrequency mains, IEcgChainSink sink)
    {
        if (sink == null)
        {
            throw new ArgumentNullException(nameof(sink));
        }

        if (sourceRateHz != 250 && sourceRateHz != 360 && sourceRateHz != 500)
        {
            throw new ArgumentOutOfRangeException(nameof(sourceRateHz), "EcgChain accepts 250, 360 or 500 Hz sources; got " + sourceRateHz + ".");
        }

        return new EcgChain(sourceRateHz, mains, sink);
    }

    /// <summary>Converts a position in the filtered 250 Hz stream to a source sample index (delays removed, rounded, never negative).</summary>
    /// <param name="sample">Index in the filtered 250 Hz stream.</param>
    public long ToSourceSample(long sample)
    {
        long t = sample - DelaySamples;
        if (t <= 0)
        {
            return 0;
        }

        return ((t * SourceRateHz * 2) + ChainRateHz) / (2 * ChainRateHz);
    }

    /// <summary>Processes one source sample.</summary>
    /// <param name="sample">The sample, 5 µV/LSB, at the source rate.</param>
    public void Process(short sample)
    {
        single[0] = sample;
        Process(single, 0, 1);
    }

    /// <summary>Processes a block of source samples.</summary>
    /// <param name="src">Samples, 5 µV/LSB, at the source rate.</param>
    /// <param name="offset">Index of the first sample.</param>
    /// <param name="count">Number of samples.</param>
    public void Process(short[] src, int offset, int count)
    {
        if (src == null)
        {
            throw new ArgumentNullException(nameof(src));
        }

        if (offset < 0 || count < 0 || offset > src.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "offset " + offset + " and count " + count + " do not fit an array of " + src.Length + ".");
        }

        while (count > 0)
        {
            int n = count < BlockLength ? count : BlockLength;
            if (resampler != null)
            {
                int produced = resampler.Process(src, offset, n, block, 0);
                ProcessBlock250(block, 0, produced);
            }
            else if (decimator != null)
            {
                int produced = decimator.Process(src, offset, n, block, 0);
                ProcessBlock250(block, 0, produced);
            }
            else
            {
                ProcessBlock250(src, offset, n);
            }

            offset += n;
            count -= n;
        }
    }

    /// <summary>
    /// Ends the stream: lets the detector confirm beats still pending near the end by holding the last filtered
    /// value for <see cref="Hamilton2002Detector.MaxRegularLatency"/> samples. Beats it finds before the end are
    /// reported; windows that would reach past the end are not.
    /// </summary>
    public void Flush()
    {
        long end = index;
        for (int i = 0; i <= Hamilton2002Detector.MaxRegularLatency; i++)
        {
            if (detector.Process(lastFiltered) && detector.LastBeat.Sample <= end)
            {
                Report(detector.LastBeat);
            }
        }
    }

    private void ProcessBlock250(short[] samples, int offset, int count)
    {
        for (int i = 0; i < count; i++)
        {
            short x = samples[offset + i];
            short y = filter.Process(x);
            index++;
            lastFiltered = y;
            ring[(int)(index & RingMask)] = y;
            if (detector.Process(y))
            {
                Report(detector.LastBeat);
            }

            if (quality.Process(x, y))
            {
                sink.OnQualityWindow(quality.LastWindow);
            }

            DeliverWindows();
        }
    }

    private void Report(QrsBeat qrs)
    {
        ChainBeat beat = new(qrs.Sample, ToSourceSample(qrs.Sample), qrs.RrSamples, qrs.SearchBack);
        sink.OnBeat(beat);
        long first = qrs.Sample - BeatWindowRIndex;
        if (first < 0 || index - first >= RingLength || pendingCount == PendingLength)
        {
            return;
        }

        pending[(pendingHead + pendingCount) % PendingLength] = beat;
        pendingCount++;
        DeliverWindows();
    }

    private void DeliverWindows()
    {
        while (pendingCount > 0)
        {
            ChainBeat beat = pending[pendingHead];
            long first = beat.Sample - BeatWindowRIndex;
            if (first + BeatWindowLength - 1 > index)
            {
                return;
            }

            for (int k = 0; k < BeatWindowLength; k++)
            {
                window[k] = ring[(int)((first + k) & RingMask)];
            }

            pendingHead = (pendingHead + 1) % PendingLength;
            pendingCount--;
            sink.OnBeatWindow(beat, window, 0);
        }
    }
}
