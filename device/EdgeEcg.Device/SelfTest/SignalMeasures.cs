using System;

namespace EdgeEcg.Device.SelfTest;

/// <summary>Measurements on captured signals (microvolts) used by the self-test.</summary>
public static class SignalMeasures
{
    /// <summary>Peak-to-peak value.</summary>
    /// <param name="x">Samples.</param>
    public static double PeakToPeak(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("no samples", nameof(x));
        }

        double min = x[0];
        double max = x[0];
        foreach (double v in x)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return max - min;
    }

    /// <summary>Half the difference between the mean of the samples above and below the overall mean (square-wave amplitude).</summary>
    /// <param name="x">Samples of a square wave.</param>
    public static double SquareWaveAmplitude(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        double mean = 0;
        foreach (double v in x)
        {
            mean += v;
        }

        mean /= x.Length;
        double hi = 0;
        double lo = 0;
        int nh = 0;
        int nl = 0;
        foreach (double v in x)
        {
            if (v >= mean)
            {
                hi += v;
                nh++;
            }
            else
            {
                lo += v;
                nl++;
            }
        }

        return nh == 0 || nl == 0 ? 0 : ((hi / nh) - (lo / nl)) / 2;
    }

    /// <summary>Frequency from the mean spacing of rising crossings of the signal's mean.</summary>
    /// <param name="x">Samples.</param>
    /// <param name="samplesPerSecond">Sampling rate.</param>
    /// <returns>Hertz, or 0 with fewer than two rising crossings.</returns>
    public static double FrequencyHz(double[] x, int samplesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(x);
        double mean = 0;
        foreach (double v in x)
        {
            mean += v;
        }

        mean /= x.Length;
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i - 1] < mean && x[i] >= mean)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
                crossings++;
            }
        }

        return crossings < 2 ? 0 : (crossings - 1) * (double)samplesPerSecond / (last - first);
    }
}
