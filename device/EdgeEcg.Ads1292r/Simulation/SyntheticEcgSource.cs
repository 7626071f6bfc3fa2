using System;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// A synthetic lead-II-like ECG on channel 2 (P, Q, R, S, T as Gaussian bumps at a fixed heart rate) and a
/// 0.25 Hz respiration-like sine on channel 1.
/// </summary>
/// <remarks>Wave timing and amplitudes follow the usual textbook beat: P 0.15 mV, Q −0.1 mV, R 1.2 mV, S −0.25 mV, T 0.3 mV.</remarks>
public sealed class SyntheticEcgSource : IElectrodeSource
{
    // Offset from the R peak (s), width (s), amplitude (µV) of P, Q, R, S, T.
    private static readonly double[] Offsets = [-0.2, -0.03, 0.0, 0.03, 0.3];
    private static readonly double[] Widths = [0.025, 0.01, 0.012, 0.01, 0.05];
    private static readonly double[] Amplitudes = [150, -100, 1200, -250, 300];

    /// <summary>Creates the source.</summary>
    /// <param name="heartRateBpm">Heart rate in beats per minute (30 … 240).</param>
    public SyntheticEcgSource(double heartRateBpm = 72)
    {
        if (heartRateBpm is < 30 or > 240)
        {
            throw new ArgumentOutOfRangeException(nameof(heartRateBpm), heartRateBpm, "30 … 240 bpm");
        }

        HeartRateBpm = heartRateBpm;
    }

    /// <summary>Heart rate in beats per minute.</summary>
    public double HeartRateBpm { get; }

    /// <inheritdoc />
    public double Microvolts(int channel, long index, int samplesPerSecond)
    {
        double t = (double)index / samplesPerSecond;
        if (channel == 1)
        {
            return 200.0 * Math.Sin(2 * Math.PI * 0.25 * t);
        }

        double rr = 60.0 / HeartRateBpm;
        double phase = (t % rr) - (0.4 * rr);
        double v = 0;
        for (int w = 0; w < Offsets.Length; w++)
        {
            double d = (phase - Offsets[w]) / Widths[w];
            v += Amplitudes[w] * Math.Exp(-0.5 * d * d);
        }

        return v;
    }
}
