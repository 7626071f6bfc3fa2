using System;
using System.Numerics;

namespace EdgeEcg.Dsp.Filters.Design;

/// <summary>
/// A second-order section in double precision, normalised so that a0 = 1:
/// <c>H(z) = (b0 + b1·z^-1 + b2·z^-2) / (1 + a1·z^-1 + a2·z^-2)</c> (textbook signs, not CMSIS's negated ones).
/// </summary>
/// <param name="B0">Feed-forward coefficient of x[n].</param>
/// <param name="B1">Feed-forward coefficient of x[n-1].</param>
/// <param name="B2">Feed-forward coefficient of x[n-2].</param>
/// <param name="A1">Denominator coefficient of y[n-1].</param>
/// <param name="A2">Denominator coefficient of y[n-2].</param>
public readonly record struct BiquadSection(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>The complex frequency response at <paramref name="frequencyHz"/>.</summary>
    /// <param name="frequencyHz">Frequency, Hz.</param>
    /// <param name="sampleRateHz">Sampling rate, Hz.</param>
    public Complex Response(double frequencyHz, double sampleRateHz)
    {
        Complex z1 = Complex.FromPolarCoordinates(1, -2 * Math.PI * frequencyHz / sampleRateHz);
        Complex z2 = z1 * z1;
        return (B0 + (B1 * z1) + (B2 * z2)) / (1 + (A1 * z1) + (A2 * z2));
    }

    /// <summary>The largest pole radius (stability requires it below 1).</summary>
    public double MaxPoleRadius
    {
        get
        {
            double disc = (A1 * A1) - (4 * A2);
            if (disc < 0)
            {
                return Math.Sqrt(A2);
            }

            double root = Math.Sqrt(disc);
            return Math.Max(Math.Abs((-A1 + root) / 2), Math.Abs((-A1 - root) / 2));
        }
    }
}
