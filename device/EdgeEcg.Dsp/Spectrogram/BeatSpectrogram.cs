using System;

namespace EdgeEcg.Dsp.Spectrogram;

/// <summary>
/// Turns one beat window of filtered samples into the int8 log-magnitude spectrogram the beat classifier reads.
/// </summary>
/// <remarks>
/// <para><b>Output layout.</b> Row-major <c>[frequency][time]</c>: pixel (bin f, frame t) is at
/// <c>dst[dstOffset + f·FrameCount + t]</c>; row 0 is bin 0 (DC), column 0 the earliest frame. With
/// <see cref="SpectrogramSettings.Default"/> this is the model's 1×1×32×32 input tensor, quantized with the
/// settings' <see cref="SpectrogramSettings.Scale"/> and <see cref="SpectrogramSettings.ZeroPoint"/>.</para>
/// <para><b>Per frame t.</b> Samples <c>windowStart + t·Hop ..</c> + FrameLength − 1 are multiplied by
/// <see cref="HannWindowQ15"/> into a block-floating-point frame whose peak has <see cref="FramePeakBits"/> bits
/// (<see cref="HannWindowQ15.ApplyBlockFloat"/>, exponent e), zero-padded to FftLength, transformed by
/// <see cref="RealFftQ15"/>, and each kept bin's power <c>re² + im²</c> (exact, 64-bit) is mapped by
/// <see cref="LogPowerQuantizer"/> with the exponent <c>2·(e − 15)</c>, which refers it back to LSB² exactly.</para>
/// <para><b>Scaling and overflow.</b> Input 16-bit (any value). Frame |x| ≤ 2^22 whatever the input level, so a
/// quiet beat keeps the same relative precision as a large one; FFT output |re|, |im| ≤ 2^29 (128-point; see
/// <see cref="RealFftQ15"/>); power &lt; 2^59. No saturation occurs before the final int8 clamp. Integer-only after
/// construction: identical bytes on every platform.</para>
/// <para>Allocation-free after construction; one instance is not thread-safe (it owns work buffers).</para>
/// </remarks>
public sealed class BeatSpectrogram
{
    /// <summary>Magnitude bits of each windowed frame's peak (block floating point); 22 is the most the
    /// 128-point <see cref="RealFftQ15"/> accepts (2^(29 − log2 N)).</summary>
    public const int FramePeakBits = 22;

    /// <summary>Version of the numerical algorithm; part of the settings fingerprint, bump it when output bytes change.</summary>
    public const int AlgorithmVersion = 1;

    private readonly SpectrogramSettings settings;
    private readonly HannWindowQ15 window;
    private readonly RealFftQ15 fft;
    private readonly LogPowerQuantizer quantizer;
    private readonly int[] frame;
    private readonly int[] re;
    private readonly int[] im;

    /// <summary>Creates a spectrogram engine with its own work buffers.</summary>
    /// <param name="settings">Geometry and quantization.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public BeatSpectrogram(SpectrogramSettings settings)
    {
        if (settings == null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        this.settings = settings;
        window = new HannWindowQ15(settings.FrameLength);
        fft = new RealFftQ15(settings.FftLength);

        // The block exponent passed per frame refers every power to LSB², so no fixed offset is needed.
        quantizer = new LogPowerQuantizer(settings.Scale, settings.ZeroPoint, 0.0);
        frame = new int[settings.FftLength];
        re = new int[fft.BinCount];
        im = new int[fft.BinCount];
    }

    /// <summary>The settings this engine was built with.</summary>
    public SpectrogramSettings Settings => settings;

    /// <summary>Computes the image of the beat window starting at <paramref name="windowStart"/>.</summary>
    /// <param name="src">Filtered samples, 5 µV/LSB at the settings' rate.</param>
    /// <param name="windowStart">Index in <paramref name="src"/> of the window's first sample (R peak at
    /// <c>windowStart + RPeakIndex</c>).</param>
    /// <param name="dst">Receives <see cref="SpectrogramSettings.ImageLength"/> int8 pixels.</param>
    /// <param name="dstOffset">Index in <paramref name="dst"/> of pixel (0, 0).</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window or the image does not fit its array.</exception>
    public void Compute(short[] src, int windowStart, sbyte[] dst, int dstOffset)
    {
        if (src == null)
        {
            throw new ArgumentNullException(nameof(src));
        }

        if (dst == null)
        {
            throw new ArgumentNullException(nameof(dst));
        }

        if (windowStart < 0 || windowStart > src.Length - settings.WindowLength)
        {
            throw new ArgumentOutOfRangeException(nameof(windowStart),
                "The beat window [" + windowStart.ToString() + ", +" + settings.WindowLength.ToString() +
                ") does not fit in the " + src.Length.ToString() + "-sample source.");
        }

        if (dstOffset < 0 || dstOffset > dst.Length - settings.ImageLength)
        {
            throw new ArgumentOutOfRangeException(nameof(dstOffset),
                "The " + settings.ImageLength.ToString() + "-pixel image at offset " + dstOffset.ToString() +
                " does not fit in the " + dst.Length.ToString() + "-element destination.");
        }

        int frames = settings.FrameCount;
        int bins = settings.BinCount;
        for (int t = 0; t < frames; t++)
        {
            int exponent = window.ApplyBlockFloat(src, windowStart + t * settings.Hop, frame, 0, FramePeakBits);
            int powerExponent = 2 * (exponent - 15);
            fft.Forward(frame, 0, re, im, 0, bins);
            for (int f = 0; f < bins; f++)
            {
                long r = re[f];
                long i = im[f];
                dst[dstOffset + f * frames + t] = quantizer.Quantize((ulong)(r * r + i * i), powerExponent);
            }
        }
    }
}
