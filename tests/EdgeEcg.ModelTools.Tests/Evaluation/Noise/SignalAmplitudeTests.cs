using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Evaluation.Noise;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Noise;

public class SignalAmplitudeTests
{
    private const double Fs = 360;

    [Fact]
    public void QrsAmplitudeIsMeasuredAtNormalBeatsOnly_WithinFiftyMilliseconds()
    {
        var x = new int[36_000];
        var annotations = new List<Annotation>();
        for (int k = 0; k < 50; k++)
        {
            long t = 500 + k * 600;
            bool ventricular = k % 5 == 0;
            x[t] = ventricular ? 900 : 100;   // a V beat is larger: it must not count
            x[t + 18] = -20;                  // the window's last sample (+50 ms at 360 Hz) counts
            x[t + 19] = -500;                 // one sample later does not
            annotations.Add(new Annotation(t, ventricular ? AnnotationCode.Pvc : AnnotationCode.Rbbb));
        }

        Assert.Equal(120.0, SignalAmplitude.NormalQrsPeakToPeak(x, annotations, Fs), 9);
    }

    [Fact]
    public void QrsAmplitudeUsesTheFirstThreeHundredBeatsAndDropsTheExtremeFivePercent()
    {
        var x = new int[400 * 360];
        var annotations = new List<Annotation>();
        for (int k = 0; k < 400; k++)
        {
            long t = 100 + k * 360;
            // Beats 0..14 are huge and 15..29 tiny (the trimmed 5 % at each end of 300); beats from 300 on would
            // raise the mean if they were measured.
            x[t] = k < 15 ? 5000 : k < 30 ? 1 : k < 300 ? 200 : 3000;
            annotations.Add(new Annotation(t, AnnotationCode.Normal));
        }

        Assert.Equal(200.0, SignalAmplitude.NormalQrsPeakToPeak(x, annotations, Fs), 9);
    }

    [Fact]
    public void NoNormalBeatIsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            SignalAmplitude.NormalQrsPeakToPeak(new int[1000], new[] { new Annotation(500, AnnotationCode.Pvc) }, Fs));
        Assert.Contains("normal beat", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RmsIsTakenAboutEachSecondsMean()
    {
        // Square wave ±10 around a level that changes every second: the RMS about each window's mean is 10.
        var x = new int[10 * 360];
        for (int i = 0; i < x.Length; i++)
            x[i] = (i / 360) * 1000 + (i % 2 == 0 ? 10 : -10);

        Assert.Equal(10.0, SignalAmplitude.Rms(x, Fs), 9);
    }

    [Fact]
    public void RmsTruncatesDeviationsAsSigampDoes()
    {
        // One second of 0,1,0,1…: mean 0.5, deviations ±0.5 truncate to 0, so sigamp reports 0.
        var x = new int[360];
        for (int i = 0; i < x.Length; i++)
            x[i] = i % 2;

        Assert.Equal(0.0, SignalAmplitude.Rms(x, Fs));
    }

    [Fact]
    public void RmsOfLessThanASecondIsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => SignalAmplitude.Rms(new int[100], Fs));
        Assert.Contains("less than one second", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnnotationCode.Normal, true)]
    [InlineData(AnnotationCode.Apc, true)]
    [InlineData(AnnotationCode.Pvc, false)]
    [InlineData(AnnotationCode.Fusion, false)]
    [InlineData(AnnotationCode.Noise, false)]
    public void CalibrationBeatsFollowWfdbMap1(AnnotationCode code, bool normal) =>
        Assert.Equal(normal, SignalAmplitude.IsNormalForCalibration(code));
}
