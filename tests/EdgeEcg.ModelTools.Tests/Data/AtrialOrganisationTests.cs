using System;
using EdgeEcg.ModelTools.Data;
using Xunit;
using static EdgeEcg.ModelTools.Tests.Data.PRegionSignals;

namespace EdgeEcg.ModelTools.Tests.Data;

public class AtrialOrganisationTests
{
    private const int L = SinusPWave.RegionLength;

    /// <summary>
    /// Fibrillatory waves: three oscillations of 4–9 Hz (250 Hz samples, the f-wave band) whose frequencies, phases and
    /// amplitudes are random per beat, since they are not locked to the QRS.
    /// </summary>
    private static short[] Fibrillation(Random random)
    {
        var r = new double[L];
        for (int wave = 0; wave < 3; wave++)
        {
            double f = 4 + 5 * random.NextDouble(), phase = random.NextDouble() * 2 * Math.PI, amplitude = 10 + 10 * random.NextDouble();
            for (int k = 0; k < L; k++)
                r[k] += amplitude * Math.Sin(2 * Math.PI * f * k / 250.0 + phase);
        }
        return Array.ConvertAll(r, v => (short)Math.Round(v));
    }

    private static short[][] Repeat(int n, Func<int, short[]> region)
    {
        var r = new short[n][];
        for (int i = 0; i < n; i++)
            r[i] = region(i);
        return r;
    }

    [Fact]
    public void RepeatedPWaves_AreOrganised_FromTheMinimumNumberOfBeatsOn()
    {
        float[] o = AtrialOrganisation.Compute(Concat(Repeat(20, i => PWave(30, 60, slope: i % 3))), All(20));
        // beat 0 has no earlier region; beats 1..8 give the first 8 correlations, so beat 8 is the first one known
        for (int b = 0; b < AtrialOrganisation.MinimumBeats; b++)
            Assert.True(float.IsNaN(o[b]), $"beat {b}: {o[b]}");
        for (int b = AtrialOrganisation.MinimumBeats; b < 20; b++)
            Assert.True(o[b] > 0.99f, $"beat {b}: {o[b]}");
    }

    [Fact]
    public void FibrillatoryWaves_AreDisorganised()
    {
        var random = new Random(7);
        float[] o = AtrialOrganisation.Compute(Concat(Repeat(40, _ => Fibrillation(random))), All(40));
        Assert.True(o[39] < 0.5f, $"organisation {o[39]}");
        Assert.True(o[39] > -0.5f, $"organisation {o[39]}"); // best of two random correlations: around zero, not anti-correlated
    }

    [Fact]
    public void SinusAndEctopicPWavesInBigeminy_StayOrganised()
    {
        // every other beat has an inverted P wave from a low atrial focus: each matches the one two beats back
        float[] o = AtrialOrganisation.Compute(Concat(Repeat(24, i => i % 2 == 0 ? PWave(30, 60) : PWave(38, -40))), All(24));
        Assert.True(o[23] > 0.99f, $"organisation {o[23]}");
    }

    [Fact]
    public void ABeatWithoutARegion_RestartsTheHistory()
    {
        bool[] has = All(30);
        has[15] = false;
        float[] o = AtrialOrganisation.Compute(Concat(Repeat(30, _ => PWave(30, 60))), has);
        Assert.False(float.IsNaN(o[14]));
        Assert.True(float.IsNaN(o[15]));
        Assert.True(float.IsNaN(o[16 + AtrialOrganisation.MinimumBeats - 1]), "one region after the gap gives no correlation yet");
        Assert.False(float.IsNaN(o[16 + AtrialOrganisation.MinimumBeats]));
    }

    [Fact]
    public void TooFewRegionSamples_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => AtrialOrganisation.Compute(new short[L * 2], All(3)));
        Assert.Contains("3 beats need", e.Message, StringComparison.Ordinal);
    }
}
