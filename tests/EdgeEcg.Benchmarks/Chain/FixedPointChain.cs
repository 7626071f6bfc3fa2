using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Spectrogram;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>
/// The device chain under test: <see cref="EcgChain"/> (360→250 Hz polyphase resampler, Q15 filter chain,
/// Hamilton 2002 detector, signal quality) plus one <see cref="BeatSpectrogram"/> per beat window.
/// </summary>
/// <remarks>One instance streams on across calls of <see cref="Process"/> (a record fed twice is one longer stream),
/// which is the device's steady state: nothing is allocated per call.</remarks>
public sealed class FixedPointChain : IEcgChainSink
{
    private readonly EcgChain chain;
    private readonly BeatSpectrogram spectrogram = new(SpectrogramSettings.Default);
    private readonly sbyte[] image = new sbyte[SpectrogramSettings.Default.ImageLength];
    private readonly bool computeSpectrograms;

    /// <summary>Creates the chain for a source rate.</summary>
    /// <param name="sourceRateHz">250, 360 or 500.</param>
    /// <param name="computeSpectrograms">False to stop after the beat windows (for a per-stage breakdown).</param>
    public FixedPointChain(int sourceRateHz, bool computeSpectrograms = true)
    {
        chain = EcgChain.Create(sourceRateHz, MainsFrequency.Hz60, this);
        this.computeSpectrograms = computeSpectrograms;
    }

    /// <summary>Beats detected so far.</summary>
    public int BeatCount { get; private set; }

    /// <summary>Spectrograms computed so far.</summary>
    public int ImageCount { get; private set; }

    /// <summary>A running checksum of the images (keeps the work observable).</summary>
    public int ImageChecksum { get; private set; }

    /// <summary>Feeds samples.</summary>
    /// <param name="samples">Canonical samples at the source rate.</param>
    public void Process(short[] samples) => chain.Process(samples, 0, samples.Length);

    /// <inheritdoc/>
    public void OnBeat(ChainBeat beat) => BeatCount++;

    /// <inheritdoc/>
    public void OnBeatWindow(ChainBeat beat, short[] window, int offset)
    {
        if (!computeSpectrograms)
        {
            return;
        }

        spectrogram.Compute(window, offset, image, 0);
        ImageCount++;
        ImageChecksum += image[0] + image[image.Length / 2];
    }

    /// <inheritdoc/>
    public void OnQualityWindow(QualityWindow window)
    {
    }
}
