using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// The beat spectrogram's geometry and int8 quantization: everything that must match between the device,
/// the datasets and the model (see <c>Design/SpectrogramSettingsFingerprint</c> for its stable hash).
/// </summary>
/// <remarks>
/// <para>A beat window of <see cref="WindowLength"/> filtered samples (5 µV/LSB at <see cref="SampleRateHz"/>),
/// R peak at <see cref="RPeakIndex"/>, is cut into <see cref="FrameCount"/> frames of <see cref="FrameLength"/>
/// samples starting every <see cref="Hop"/> samples; each frame is Hann-windowed, zero-padded to
/// <see cref="FftLength"/> and transformed; bins 0..<see cref="BinCount"/>−1 are kept.</para>
/// <para>Each pixel is a log-magnitude: the real value is <c>20·log10|X|</c> in dB re 1 input LSB, where
/// <c>X = Σ x[n]·w[n]·e^(−2πikn/FftLength)</c> with x in LSB and the Hann window w in [0, 1]
/// (add 20·log10(5) = 13.98 dB for dB re 1 µV). It is stored as
/// <c>q = clamp(round(dB / Scale) + ZeroPoint)</c>, i.e. the model's input tensor is dequantized as
/// <c>(q − ZeroPoint)·Scale</c>.</para>
/// </remarks>
public sealed class SpectrogramSettings
{
    /// <summary>The contract's settings: 250 samples at 250 Hz, R at 90, Hann 64 → 128-point FFT, hop 6,
    /// 32 frames × bins 0..31 (0–60.5 Hz), 0.5 dB per step with zero point −108: codes cover −10 to +117.5 dB re 1 LSB.</summary>
    /// <remarks>Range chosen by measurement on all beats EcgChain finds in mitdb 100, 105, 208 and 232: 0.27–0.49 % of
    /// pixels clip at −128 (|X| &lt; 0.3 LSB, under the ~3 dB noise floor of integer samples), the 99.9th percentile is
    /// at most +43 (75.5 dB), none reach +127 (a 10 mV QRS stays ~25 dB below it). Zero point −128 (0–127.5 dB) would
    /// clip 2.5–4.7 % of pixels and leave the top 40 % of codes unused.</remarks>
    public static readonly SpectrogramSettings Default = new SpectrogramSettings(250, 250, 90, 64, 128, 6, 32, 32, 0.5, -108);

    /// <summary>Sampling rate of the input samples, Hz.</summary>
    public readonly int SampleRateHz;

    /// <summary>Samples in a beat window.</summary>
    public readonly int WindowLength;

    /// <summary>Index of the R peak (fiducial point) inside the beat window.</summary>
    public readonly int RPeakIndex;

    /// <summary>Samples per frame, the Hann window length (power of two, 4..<see cref="FftLength"/>).</summary>
    public readonly int FrameLength;

    /// <summary>FFT length after zero padding (power of two, 4..128).</summary>
    public readonly int FftLength;

    /// <summary>Samples between the starts of successive frames.</summary>
    public readonly int Hop;

    /// <summary>Frames per window: the image width (time axis).</summary>
    public readonly int FrameCount;

    /// <summary>Bins kept, from bin 0: the image height (frequency axis).</summary>
    public readonly int BinCount;

    /// <summary>dB per int8 step (the model's input scale).</summary>
    public readonly double Scale;

    /// <summary>The int8 code of 0 dB (the model's input zero point).</summary>
    public readonly int ZeroPoint;

    /// <summary>Creates and validates settings.</summary>
    /// <param name="sampleRateHz">See <see cref="SampleRateHz"/> (&gt; 0).</param>
    /// <param name="windowLength">See <see cref="WindowLength"/>.</param>
    /// <param name="rPeakIndex">See <see cref="RPeakIndex"/> (0..windowLength − 1).</param>
    /// <param name="frameLength">See <see cref="FrameLength"/>.</param>
    /// <param name="fftLength">See <see cref="FftLength"/>.</param>
    /// <param name="hop">See <see cref="Hop"/> (&gt; 0).</param>
    /// <param name="frameCount">See <see cref="FrameCount"/>; the last frame must end inside the window.</param>
    /// <param name="binCount">See <see cref="BinCount"/> (1..fftLength/2 + 1).</param>
    /// <param name="scale">See <see cref="Scale"/> (0.01..100).</param>
    /// <param name="zeroPoint">See <see cref="ZeroPoint"/> (−128..127).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or the frames overrun the window.</exception>
    public SpectrogramSettings(int sampleRateHz, int windowLength, int rPeakIndex, int frameLength, int fftLength,
        int hop, int frameCount, int binCount, double scale, int zeroPoint)
    {
        Require(sampleRateHz > 0, nameof(sampleRateHz), "must be positive");
        Require(fftLength >= 4 && fftLength <= CosineTableQ15.Period && (fftLength & (fftLength - 1)) == 0,
            nameof(fftLength), "must be a power of two from 4 to 128");
        Require(frameLength >= 4 && frameLength <= fftLength && (frameLength & (frameLength - 1)) == 0,
            nameof(frameLength), "must be a power of two from 4 to fftLength");
        Require(hop > 0, nameof(hop), "must be positive");
        Require(frameCount > 0, nameof(frameCount), "must be positive");
        Require(windowLength > 0 && (frameCount - 1) * hop + frameLength <= windowLength,
            nameof(windowLength), "must hold all frames: (frameCount - 1) * hop + frameLength <= windowLength");
        Require(rPeakIndex >= 0 && rPeakIndex < windowLength, nameof(rPeakIndex), "must lie inside the window");
        Require(binCount > 0 && binCount <= fftLength / 2 + 1, nameof(binCount), "must be 1..fftLength/2 + 1");
        Require(scale > 0.01 && scale < 100.0, nameof(scale), "must be in (0.01, 100) dB per step");
        Require(zeroPoint >= -128 && zeroPoint <= 127, nameof(zeroPoint), "must be an int8 value");

        SampleRateHz = sampleRateHz;
        WindowLength = windowLength;
        RPeakIndex = rPeakIndex;
        FrameLength = frameLength;
        FftLength = fftLength;
        Hop = hop;
        FrameCount = frameCount;
        BinCount = binCount;
        Scale = scale;
        ZeroPoint = zeroPoint;
    }

    /// <summary>Pixels per image, <see cref="BinCount"/> × <see cref="FrameCount"/>.</summary>
    public int ImageLength => BinCount * FrameCount;

    /// <summary>Frequency of bin k is <c>k · BinWidthHz</c>.</summary>
    public double BinWidthHz => (double)SampleRateHz / FftLength;

    private static void Require(bool condition, string paramName, string rule)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, "Spectrogram setting " + paramName + " " + rule + ".");
        }
    }
}
