using System;
using System.Collections.Generic;
using System.IO;

namespace EdgeEcg.Device.Tests.Annotate;

/// <summary>Synthetic WFDB records for the annotate tests (no data files needed).</summary>
internal static class SyntheticRecord
{
    /// <summary>Writes a one-signal format-16 record of Gaussian QRS and T waves; returns the R-peak sample numbers.</summary>
    public static List<long> Write(string dir, string name, int rate, double seconds, double rr)
    {
        int n = (int)(seconds * rate);
        double[] y = new double[n];
        List<long> beats = new();
        for (double t = 0.5; t < seconds - 1.0; t += rr)
        {
            beats.Add((long)Math.Round(t * rate));
            for (int i = 0; i < n; i++)
            {
                double s = i / (double)rate;
                double r = (s - t) / 0.010;
                double tw = (s - t - 0.3) / 0.05;
                y[i] += (1.2 * Math.Exp(-0.5 * r * r)) + (0.3 * Math.Exp(-0.5 * tw * tw));
            }
        }

        byte[] bytes = new byte[2 * n];
        for (int i = 0; i < n; i++)
        {
            short v = (short)Math.Round(y[i] * 200);
            bytes[2 * i] = (byte)v;
            bytes[(2 * i) + 1] = (byte)(v >> 8);
        }

        File.WriteAllBytes(Path.Combine(dir, name + ".dat"), bytes);
        File.WriteAllText(Path.Combine(dir, name + ".hea"), $"{name} 1 {rate} {n}\n{name}.dat 16 200 16 0\n");
        return beats;
    }
}
