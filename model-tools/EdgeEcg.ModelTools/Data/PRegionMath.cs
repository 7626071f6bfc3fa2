using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>The arithmetic the P-wave measures (<see cref="SinusPWave"/>, <see cref="AtrialOrganisation"/>) share.</summary>
internal static class PRegionMath
{
    /// <summary>Subtracts the least-squares line from <paramref name="w"/>, in place.</summary>
    public static void Detrend(double[] w)
    {
        int n = w.Length;
        double mk = (n - 1) / 2.0, my = 0;
        for (int k = 0; k < n; k++)
            my += w[k];
        my /= n;
        double skk = 0, sky = 0;
        for (int k = 0; k < n; k++)
        {
            skk += (k - mk) * (k - mk);
            sky += (k - mk) * (w[k] - my);
        }
        double slope = sky / skk;
        for (int k = 0; k < n; k++)
            w[k] = w[k] - my - slope * (k - mk);
    }

    /// <summary>Pearson correlation of two detrended (zero-mean) regions; 0 when either is flat.</summary>
    public static double Correlation(double[] a, double[] b)
    {
        double sab = 0, saa = 0, sbb = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sab += a[k] * b[k];
            saa += a[k] * a[k];
            sbb += b[k] * b[k];
        }
        return saa > 1e-9 && sbb > 1e-9 ? sab / Math.Sqrt(saa * sbb) : 0.0;
    }
}
