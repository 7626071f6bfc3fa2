using System;
using EdgeEcg.Dsp.Spectrogram;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

public class SpectrogramSettingsTests
{
    [Fact]
    public void DefaultIsTheContract()
    {
        var s = SpectrogramSettings.Default;
        Assert.Equal(250, s.SampleRateHz);
        Assert.Equal(250, s.WindowLength);
        Assert.Equal(90, s.RPeakIndex);
        Assert.Equal(64, s.FrameLength);
        Assert.Equal(128, s.FftLength);
        Assert.Equal(6, s.Hop);
        Assert.Equal(32, s.FrameCount);
        Assert.Equal(32, s.BinCount);
        Assert.Equal(1024, s.ImageLength);
        Assert.Equal(0.5, s.Scale);
        Assert.Equal(-108, s.ZeroPoint);
        Assert.Equal(60.546875, (s.BinCount - 1) * s.BinWidthHz, 9);
        Assert.Equal(s.WindowLength, (s.FrameCount - 1) * s.Hop + s.FrameLength);
    }

    [Fact]
    public void RejectsFramesThatOverrunTheWindow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SpectrogramSettings(250, 249, 90, 64, 128, 6, 32, 32, 0.5, -128));
        Assert.Equal("windowLength", e.ParamName);
    }

    [Theory]
    [InlineData(0, 250, 90, 64, 128, 6, 32, 32, 0.5, -128, "sampleRateHz")]
    [InlineData(250, 250, 250, 64, 128, 6, 32, 32, 0.5, -128, "rPeakIndex")]
    [InlineData(250, 250, 90, 48, 128, 6, 32, 32, 0.5, -128, "frameLength")]
    [InlineData(250, 250, 90, 64, 256, 6, 32, 32, 0.5, -128, "fftLength")]
    [InlineData(250, 250, 90, 64, 128, 0, 32, 32, 0.5, -128, "hop")]
    [InlineData(250, 250, 90, 64, 128, 6, 0, 32, 0.5, -128, "frameCount")]
    [InlineData(250, 250, 90, 64, 128, 6, 32, 66, 0.5, -128, "binCount")]
    [InlineData(250, 250, 90, 64, 128, 6, 32, 32, 0.0, -128, "scale")]
    [InlineData(250, 250, 90, 64, 128, 6, 32, 32, 0.5, 200, "zeroPoint")]
    public void NamesTheInvalidParameter(int rate, int window, int r, int frame, int fft, int hop, int frames, int bins,
        double scale, int zeroPoint, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => new SpectrogramSettings(rate, window, r, frame, fft, hop, frames, bins, scale, zeroPoint));
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }
}
