using System;

namespace EdgeEcg.Dsp.Tests.Spectrogram;

/// <summary>
/// Deterministic synthetic test inputs. The generator is a fully specified xorshift32 (Marsaglia 2003), not
/// <see cref="Random"/>, so a pinned hash of an output made from these inputs cannot change with the runtime.
/// </summary>
internal static class TestSignals
{
    /// <summary>xorshift32 step.</summary>
    public static uint Next(ref uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }

    /// <summary>Uniform integer in [−amplitude, amplitude].</summary>
    public static int Uniform(ref uint state, int amplitude) => (int)(Next(ref state) % (uint)(2 * amplitude + 1)) - amplitude;

    /// <summary>
    /// A synthetic 250 Hz beat window (5 µV/LSB) of the given length, R peak at <paramref name="rIndex"/>:
    /// Gaussian P, Q, R, S and T waves with amplitudes (LSB) scaled by <paramref name="gain"/>, plus uniform noise
    /// of ±<paramref name="noise"/> LSB. Wave shapes follow McSharry et al. 2003 (ECGSYN) in spirit, with
    /// fixed times instead of the dynamical model.
    /// </summary>
    public static short[] Beat(uint seed, int length, int rIndex, double gain, int noise)
    {
        uint state = seed == 0 ? 1u : seed;
        // (offset from R in samples, amplitude in LSB at gain 1, width in samples)
        double[,] waves =
        {
            { -40, 30, 6 },   // P, 0.15 mV
            { -5, -25, 2 },   // Q
            { 0, 220, 2.5 },  // R, 1.1 mV
            { 6, -60, 2.5 },  // S
            { 70, 60, 12 },   // T, 0.3 mV
        };
        var x = new short[length];
        for (int n = 0; n < length; n++)
        {
            double v = 0;
            for (int w = 0; w < waves.GetLength(0); w++)
            {
                double d = (n - rIndex - waves[w, 0]) / waves[w, 2];
                v += gain * waves[w, 1] * Math.Exp(-0.5 * d * d);
            }

            v += noise > 0 ? Uniform(ref state, noise) : 0;
            x[n] = (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue);
        }

        return x;
    }
}
