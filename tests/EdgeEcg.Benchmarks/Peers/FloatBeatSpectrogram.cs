using System;
using EdgeEcg.Dsp.Spectrogram;
using NWaves.Transforms;
using NWaves.Windows;

namespace EdgeEcg.Benchmarks.Peers;

/// <summary>
/// The beat spectrogram in single precision with NWaves (<see cref="Window"/> Hann, <see cref="RealFft"/>), same
/// geometry and int8 quantization as <see cref="BeatSpectrogram"/>: the floating-point peer's last stage.
/// </summary>
public sealed class FloatBeatSpectrogram
{
    private readonly SpectrogramSettings settings;
    private readonly float[] window;
    private readonly RealFft fft;
    private readonly float[] frame;
    private readonly float[] re;
    private readonly float[] im;

    /// <summary>Creates the peer for the given settings.</summary>
    /// <param name="settings">Geometry and quantization.</param>
    public FloatBeatSpectrogram(SpectrogramSettings settings)
    {
        this.settings = settings;
        window = Window.OfType(WindowType.Hann, settings.FrameLength);
        fft = new RealFft(settings.FftLength);
        frame = new float[settings.FftLength];
        re = new float[settings.FftLength];
        im = new float[settings.FftLength];
    }

    /// <summary>Computes the image, layout [freq][time].</summary>
    /// <param name="src">Filtered samples.</param>
    /// <param name="windowStart">First sample of the beat window.</param>
    /// <param name="dst">Receives the image.</param>
    public void Compute(float[] src, int windowStart, sbyte[] dst)
    {
        float inverseScale = (float)(1.0 / settings.Scale);
        for (int t = 0; t < settings.FrameCount; t++)
        {
            int start = windowStart + t * settings.Hop;
            for (int n = 0; n < settings.FrameLength; n++)
            {
                frame[n] = src[start + n] * window[n];
            }

            fft.Direct(frame, re, im);
            for (int f = 0; f < settings.BinCount; f++)
            {
                float power = re[f] * re[f] + im[f] * im[f];
                float q = power > 0 ? MathF.Round(10f * MathF.Log10(power) * inverseScale) + settings.ZeroPoint : -128f;
                dst[f * settings.FrameCount + t] = (sbyte)Math.Clamp(q, -128f, 127f);
            }
        }
    }
}
