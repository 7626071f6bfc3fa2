using System;
using System.Collections.Generic;

namespace EdgeEcg.Dsp.Tests.Beats;

/// <summary>
/// A synthetic ECG made of Gaussian P, Q, R, S and T waves (in the manner of McSharry et al., "A dynamical model
/// for generating synthetic electrocardiogram signals", IEEE TBME 2003), in the canonical unit (200 LSB/mV),
/// with known beat times.
/// </summary>
internal sealed class SyntheticEcg
{
    public const double LsbPerMv = 200.0;

    public int RateHz { get; init; } = 250;

    public double RAmplitudeMv { get; init; } = 1.2;

    public double TAmplitudeMv { get; init; } = 0.3;

    public double TWidthSeconds { get; init; } = 0.05;

    public double NoiseRmsMv { get; init; }

    public double WanderMv { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Beat times (R peaks) in seconds with a per-beat amplitude factor.</summary>
    public List<(double Time, double Scale)> Beats { get; } = new();

    public static SyntheticEcg Regular(double seconds, double rr, double first = 0.5)
    {
        SyntheticEcg ecg = new();
        for (double t = first; t < seconds - 1.0; t += rr)
        {
            ecg.Beats.Add((t, 1.0));
        }

        return ecg;
    }

    public SyntheticEcg With(List<(double Time, double Scale)> beats)
    {
        Beats.AddRange(beats);
        return this;
    }

    public long SampleOf(int beat) => (long)Math.Round(Beats[beat].Time * RateHz);

    public short[] Render(double seconds)
    {
        int n = (int)(seconds * RateHz);
        double[] y = new double[n];
        foreach ((double tb, double scale) in Beats)
        {
            AddWave(y, tb - 0.20, 0.15 * scale, 0.025);
            AddWave(y, tb - 0.025, -0.10 * scale, 0.008);
            AddWave(y, tb, RAmplitudeMv * scale, 0.010);
            AddWave(y, tb + 0.025, -0.25 * scale, 0.008);
            AddWave(y, tb + 0.30, TAmplitudeMv * scale, TWidthSeconds);
        }

        Random random = new(Seed);
        short[] samples = new short[n];
        for (int i = 0; i < n; i++)
        {
            double t = i / (double)RateHz;
            double noise = NoiseRmsMv * Gaussian(random);
            double v = (y[i] + noise + (WanderMv * Math.Sin(2 * Math.PI * 0.3 * t))) * LsbPerMv;
            samples[i] = (short)Math.Clamp(Math.Round(v), short.MinValue, short.MaxValue);
        }

        return samples;
    }

    private void AddWave(double[] y, double centre, double amplitude, double sigma)
    {
        int from = Math.Max(0, (int)((centre - (5 * sigma)) * RateHz));
        int to = Math.Min(y.Length - 1, (int)((centre + (5 * sigma)) * RateHz));
        for (int i = from; i <= to; i++)
        {
            double d = ((i / (double)RateHz) - centre) / sigma;
            y[i] += amplitude * Math.Exp(-0.5 * d * d);
        }
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
