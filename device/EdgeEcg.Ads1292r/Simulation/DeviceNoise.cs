using System;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// Input-referred noise of the ADS1292R with inputs shorted, as deterministic Gaussian samples addressable by index.
/// </summary>
/// <remarks>
/// Levels from datasheet SBAS502 "Noise Measurements", 2.42 V reference, 500 SPS: gain 1 = 3.0 µV<sub>RMS</sub>
/// (18.9 µV<sub>PP</sub>), gain 2 = 1.7 µV<sub>RMS</sub>; gain 6 = 8 µV<sub>PP</sub> in a 150 Hz band (front page),
/// i.e. about 1.2 µV<sub>RMS</sub> at the datasheet's peak-to-peak/RMS ratio of 6.6; gains 3 and 4 (1.45 and
/// 1.3 µV<sub>RMS</sub>) are interpolated between gain 2 and gain 6, not datasheet figures; gains above 6 are taken as
/// equal to gain 6. Other data rates scale with the square root of the bandwidth (a white-noise approximation).
/// Samples are a hash of (seed, channel, index) turned Gaussian by Box–Muller, so replaying an index gives the same value.
/// </remarks>
public static class DeviceNoise
{
    /// <summary>RMS input-referred noise in microvolts for a gain and data rate.</summary>
    /// <param name="gain">PGA gain.</param>
    /// <param name="samplesPerSecond">Data rate.</param>
    public static double RmsMicrovolts(PgaGain gain, int samplesPerSecond)
    {
        double at500 = gain switch
        {
            PgaGain.Gain1 => 3.0,
            PgaGain.Gain2 => 1.7,
            PgaGain.Gain3 => 1.45,
            PgaGain.Gain4 => 1.3,
            _ => 8.0 / 6.6,
        };
        return at500 * Math.Sqrt(samplesPerSecond / 500.0);
    }

    /// <summary>A standard normal sample for (seed, channel, index).</summary>
    /// <param name="seed">Stream seed.</param>
    /// <param name="channel">Channel (1 or 2).</param>
    /// <param name="index">Sample index.</param>
    public static double StandardNormal(ulong seed, int channel, long index)
    {
        ulong h = Mix(seed ^ ((ulong)channel << 56) ^ (ulong)index);
        double u1 = ((h >> 11) + 1.0) / 9007199254740993.0;
        double u2 = (Mix(h) >> 11) / 9007199254740992.0;
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
