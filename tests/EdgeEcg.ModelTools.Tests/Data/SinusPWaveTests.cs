using System;
using EdgeEcg.ModelTools.Data;
using Xunit;
using static EdgeEcg.ModelTools.Tests.Data.PRegionSignals;

namespace EdgeEcg.ModelTools.Tests.Data;

public class SinusPWaveTests
{
    private const int L = SinusPWave.RegionLength;

    /// <summary>RR features of beats whose previous RR over the sinus reference is <paramref name="preOverReference"/>.</summary>
    private static float[] Rr(params float[] preOverReference)
    {
        var f = new float[preOverReference.Length * RrFeatures.Count];
        for (int i = 0; i < preOverReference.Length; i++)
            f[i * RrFeatures.Count + RrFeatures.PreOverReference] = preOverReference[i];
        return f;
    }

    private static float[] Sinus(int n) => Rr(Array.ConvertAll(new float[n], _ => 1f));

    [Fact]
    public void TheSinusPWave_MatchesItsTemplate_AndAnInvertedOneDoesNot()
    {
        short[] sinus = PWave(30, 60);
        short[] inverted = PWave(30, -40); // ectopic low atrial focus: negative P wave
        float[] c = SinusPWave.Correlations(Concat(sinus, sinus, sinus, inverted), All(4), Sinus(4), RrFeatures.Count);
        Assert.Equal(1f, c[2], 4);
        Assert.True(c[3] < -0.9f, $"ectopic correlation {c[3]}");
    }

    [Fact]
    public void ASlopeUnderThePWave_IsRemovedBeforeComparing()
    {
        float[] c = SinusPWave.Correlations(Concat(PWave(30, 60), PWave(30, 60, slope: -3)), All(2), Sinus(2), RrFeatures.Count);
        Assert.True(c[1] > 0.99f, $"correlation {c[1]}");
    }

    [Fact]
    public void PrematureBeats_DoNotTeachTheTemplate()
    {
        short[] sinus = PWave(30, 60), ectopic = PWave(12, 60); // a P wave 72 ms earlier: another focus
        var beats = new short[42][];
        var pre = new float[42];
        for (int i = 0; i < beats.Length; i++)
        {
            bool ectopicBeat = i >= 1 && i <= 40;
            beats[i] = ectopicBeat ? ectopic : sinus;
            pre[i] = ectopicBeat ? 0.6f : 1f;
        }
        float[] c = SinusPWave.Correlations(Concat(beats), All(42), Rr(pre), RrFeatures.Count);
        Assert.True(c[40] < 0.5f, $"the 40th ectopic beat is still unlike the sinus template: {c[40]}");
        Assert.Equal(1f, c[41], 4);

        pre[20] = (float)SinusPWave.SinusRrFraction; // one ectopic beat with a sinus-like RR moves the template by 1/16
        c = SinusPWave.Correlations(Concat(beats), All(42), Rr(pre), RrFeatures.Count);
        Assert.True(c[41] < 0.999f, $"{c[41]}");
    }

    [Fact]
    public void ABeatWithoutRegion_GetsZero_AndLeavesTheTemplate()
    {
        short[] a = PWave(30, 60), b = PWave(30, -60);
        float[] c = SinusPWave.Correlations(Concat(a, b, a), new[] { true, false, true }, Sinus(3), RrFeatures.Count);
        Assert.Equal(0f, c[1]);
        Assert.Equal(1f, c[2], 4);
    }

    [Fact]
    public void AFlatRegion_CorrelatesZero()
    {
        float[] c = SinusPWave.Correlations(Concat(PWave(30, 60), new short[L]), All(2), Sinus(2), RrFeatures.Count);
        Assert.Equal(0f, c[1]);
    }

    [Fact]
    public void WiderFeatureRows_AreReadByTheirStride()
    {
        const int stride = RrFeatures.Count + 3;
        var rows = new float[3 * stride];
        rows[0 * stride + RrFeatures.PreOverReference] = 1f;
        rows[1 * stride + RrFeatures.PreOverReference] = 0.5f; // premature: must not teach the template
        rows[2 * stride + RrFeatures.PreOverReference] = 1f;
        short[] sinus = PWave(30, 60), other = PWave(12, 60);
        float[] c = SinusPWave.Correlations(Concat(sinus, other, sinus), All(3), rows, stride);
        Assert.Equal(1f, c[2], 4);

        // Read at the wrong stride, beat 1's flag would land in a zero column and the template would not move.
        rows[1 * stride + RrFeatures.PreOverReference] = 1f;
        c = SinusPWave.Correlations(Concat(sinus, other, sinus), All(3), rows, stride);
        Assert.True(c[2] < 0.999f, $"beat 1 is sinus-timed and teaches the template: {c[2]}");
    }

    [Fact]
    public void CopyRegion_TakesTheSamplesBeforeR_OrNothingAtTheEdge()
    {
        var buffer = new short[200];
        for (int k = 0; k < buffer.Length; k++)
            buffer[k] = (short)k;
        var regions = new short[2 * L];
        Assert.True(SinusPWave.CopyRegion(buffer, 100, regions, L));
        Assert.Equal(100 - SinusPWave.RegionStartBeforeR, regions[L]);
        Assert.Equal(100 - SinusPWave.RegionEndBeforeR - 1, regions[2 * L - 1]);
        Assert.True(SinusPWave.CopyRegion(buffer, buffer.Length + SinusPWave.RegionEndBeforeR, regions, L)); // ends at the last sample
        var untouched = new short[L];
        Assert.False(SinusPWave.CopyRegion(buffer, SinusPWave.RegionStartBeforeR - 1, untouched, 0));
        Assert.False(SinusPWave.CopyRegion(buffer, buffer.Length + SinusPWave.RegionEndBeforeR + 1, untouched, 0));
        Assert.All(untouched, v => Assert.Equal(0, v));
    }

    [Fact]
    public void MismatchedInputs_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => SinusPWave.Correlations(new short[L], All(2), Sinus(2), RrFeatures.Count));
        Assert.Contains("2 beats need", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => SinusPWave.Correlations(new short[2 * L], All(2), Sinus(1), RrFeatures.Count));
        Assert.Contains($"2 beats with {RrFeatures.Count} feature columns", e.Message, StringComparison.Ordinal);
    }
}
