using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Tests.Data;

/// <summary>Synthetic P-wave regions (<see cref="SinusPWave.RegionLength"/> samples each) for the P-wave measure tests.</summary>
internal static class PRegionSignals
{
    private const int L = SinusPWave.RegionLength;

    /// <summary>A P wave: a Gaussian bump of <paramref name="amplitude"/> LSB centred at sample <paramref name="centre"/> of the region, on a slope.</summary>
    public static short[] PWave(double centre, double amplitude, double slope = 0)
    {
        var r = new short[L];
        for (int k = 0; k < L; k++)
            r[k] = (short)Math.Round(amplitude * Math.Exp(-0.5 * Math.Pow((k - centre) / 5.0, 2)) + slope * k);
        return r;
    }

    /// <summary>The regions one after another, as <see cref="SinusPWave.CopyRegion"/> lays them out.</summary>
    public static short[] Concat(params short[][] regions)
    {
        var all = new short[regions.Length * L];
        for (int b = 0; b < regions.Length; b++)
            Array.Copy(regions[b], 0, all, b * L, L);
        return all;
    }

    /// <summary><paramref name="n"/> beats that all have a region.</summary>
    public static bool[] All(int n) => Array.ConvertAll(new bool[n], _ => true);
}
