using EdgeEcg.Benchmarks.Peers;
using EdgeEcg.Dsp.Spectrogram;
using NWaves.Filters.Base;
using NWaves.Filters.BiQuad;
using NWaves.Operations;
using NWaves.Signals;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>
/// The floating-point peer: the same chain built from NWaves 0.9.6 in single precision — NWaves
/// <see cref="Resampler"/> (360→250 Hz, whole record at once: NWaves has no streaming resampler), NWaves biquads
/// (2nd-order Butterworth high-pass 0.5 Hz, 60 Hz notch with 4 Hz bandwidth, 4th-order Butterworth low-pass 40 Hz as
/// two sections, as the fixed-point design), <see cref="FloatHamiltonDetector"/> (the same detector rules in float),
/// and <see cref="FloatBeatSpectrogram"/> (NWaves Hann window and real FFT) per beat window.
/// </summary>
/// <remarks>Unlike the fixed-point chain it runs no signal-quality index (so it does slightly less work).</remarks>
public sealed class NWavesFloatChain
{
    private const int ChainRateHz = 250;
    private const int RingLength = 2048;
    private const int RingMask = RingLength - 1;
    private const int PendingLength = 16;

    private readonly int sourceRateHz;
    private readonly Resampler resampler = new();
    private readonly IOnlineFilter[] filters;
    private readonly FloatHamiltonDetector detector = new();
    private readonly FloatBeatSpectrogram spectrogram = new(SpectrogramSettings.Default);
    private readonly float[] ring = new float[RingLength];
    private readonly float[] window = new float[SpectrogramSettings.Default.WindowLength];
    private readonly long[] pending = new long[PendingLength];
    private readonly sbyte[] image = new sbyte[SpectrogramSettings.Default.ImageLength];
    private readonly int rIndex = SpectrogramSettings.Default.RPeakIndex;
    private readonly int windowLength = SpectrogramSettings.Default.WindowLength;
    private int pendingHead;
    private int pendingCount;
    private long index = -1;

    /// <summary>Creates the peer for a source rate.</summary>
    /// <param name="sourceRateHz">The source rate, Hz.</param>
    public NWavesFloatChain(int sourceRateHz)
    {
        this.sourceRateHz = sourceRateHz;
        const double fs = ChainRateHz;
        filters = new IOnlineFilter[]
        {
            new HighPassFilter(0.5 / fs, 0.70710678118654752),
            new NotchFilter(60 / fs, 60 / 4.0),
            new LowPassFilter(40 / fs, 0.54119610014619698),
            new LowPassFilter(40 / fs, 1.3065629648763766),
        };
    }

    /// <summary>Beats detected so far.</summary>
    public int BeatCount { get; private set; }

    /// <summary>Spectrograms computed so far.</summary>
    public int ImageCount { get; private set; }

    /// <summary>A running checksum of the images (keeps the work observable).</summary>
    public int ImageChecksum { get; private set; }

    /// <summary>Feeds a block of source samples (resampled as one signal, then streamed).</summary>
    /// <param name="samples">Samples in 5 µV/LSB units at the source rate.</param>
    public void Process(float[] samples)
    {
        DiscreteSignal resampled = resampler.Resample(new DiscreteSignal(sourceRateHz, samples), ChainRateHz);
        ProcessResampled(resampled.Samples);
    }

    /// <summary>Feeds samples already at 250 Hz (skips the resampler; for a per-stage breakdown).</summary>
    /// <param name="x">Samples in 5 µV/LSB units at 250 Hz.</param>
    public void ProcessResampled(float[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float y = x[i];
            for (int f = 0; f < filters.Length; f++)
            {
                y = filters[f].Process(y);
            }

            index++;
            ring[(int)(index & RingMask)] = y;
            if (detector.Process(y))
            {
                BeatCount++;
                long first = detector.LastBeatSample - rIndex;
                if (first >= 0 && index - first < RingLength && pendingCount < PendingLength)
                {
                    pending[(pendingHead + pendingCount) % PendingLength] = first;
                    pendingCount++;
                }
            }

            DeliverWindows();
        }
    }

    private void DeliverWindows()
    {
        while (pendingCount > 0 && pending[pendingHead] + windowLength - 1 <= index)
        {
            long first = pending[pendingHead];
            for (int k = 0; k < windowLength; k++)
            {
                window[k] = ring[(int)((first + k) & RingMask)];
            }

            pendingHead = (pendingHead + 1) % PendingLength;
            pendingCount--;
            spectrogram.Compute(window, 0, image);
            ImageCount++;
            ImageChecksum += image[0] + image[image.Length / 2];
        }
    }
}
