using System;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Test tones and their measurement by a least-squares fit at known frequencies.</summary>
internal static class Tone
{
    /// <summary>A sine of <paramref name="amplitude"/> LSB at <paramref name="frequencyHz"/>, rounded to int16.</summary>
    public static short[] Sine(double amplitude, double frequencyHz, double sampleRateHz, int count, double phase = 0)
    {
        var x = new short[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = (short)Math.Round(amplitude * Math.Sin((2 * Math.PI * frequencyHz * i / sampleRateHz) + phase));
        }

        return x;
    }

    /// <summary>
    /// Amplitude and phase (of <c>a·sin(ωn + φ)</c>, n counted from index 0) of the component at
    /// <paramref name="frequencyHz"/> in <c>y[start .. start + count)</c>, by least squares on sin, cos and a
    /// constant (exact for a pure tone, whatever the number of periods).
    /// </summary>
    public static (double Amplitude, double Phase) Fit(short[] y, int start, int count, double frequencyHz, double sampleRateHz)
    {
        (double[] a, double[] p) = FitMany(y, start, count, [frequencyHz], sampleRateHz);
        return (a[0], p[0]);
    }

    /// <summary>
    /// Joint least-squares fit of several tones and a constant, so that a strong tone does not leak into the
    /// measurement of a weak one (as it would in a single-frequency fit over a finite window).
    /// </summary>
    public static (double[] Amplitudes, double[] Phases) FitMany(short[] y, int start, int count, double[] frequenciesHz, double sampleRateHz)
    {
        int k = frequenciesHz.Length;
        int unknowns = (2 * k) + 1;
        var m = new double[unknowns, unknowns + 1];
        var basis = new double[unknowns];
        for (int i = start; i < start + count; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double w = 2 * Math.PI * frequenciesHz[j] * i / sampleRateHz;
                basis[2 * j] = Math.Sin(w);
                basis[(2 * j) + 1] = Math.Cos(w);
            }

            basis[2 * k] = 1;
            for (int r = 0; r < unknowns; r++)
            {
                for (int c = 0; c < unknowns; c++)
                {
                    m[r, c] += basis[r] * basis[c];
                }

                m[r, unknowns] += basis[r] * y[i];
            }
        }

        double[] s = Solve(m, unknowns);
        var amplitudes = new double[k];
        var phases = new double[k];
        for (int j = 0; j < k; j++)
        {
            // a·sin(w + φ) = a·cos φ·sin w + a·sin φ·cos w
            amplitudes[j] = Math.Sqrt((s[2 * j] * s[2 * j]) + (s[(2 * j) + 1] * s[(2 * j) + 1]));
            phases[j] = Math.Atan2(s[(2 * j) + 1], s[2 * j]);
        }

        return (amplitudes, phases);
    }

    /// <summary>20·log10 of a ratio.</summary>
    public static double Db(double ratio) => 20 * Math.Log10(ratio);

    private static double[] Solve(double[,] m, int n)
    {
        for (int p = 0; p < n; p++)
        {
            int best = p;
            for (int r = p + 1; r < n; r++)
            {
                if (Math.Abs(m[r, p]) > Math.Abs(m[best, p]))
                {
                    best = r;
                }
            }

            for (int c = 0; c <= n; c++)
            {
                (m[p, c], m[best, c]) = (m[best, c], m[p, c]);
            }

            for (int r = 0; r < n; r++)
            {
                if (r != p)
                {
                    double f = m[r, p] / m[p, p];
                    for (int c = 0; c <= n; c++)
                    {
                        m[r, c] -= f * m[p, c];
                    }
                }
            }
        }

        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            s[i] = m[i, n] / m[i, i];
        }

        return s;
    }
}
