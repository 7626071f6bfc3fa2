namespace EdgeEcg.Dsp.Pipeline;

/// <summary>Converts recorded ADC values to the chain's canonical unit (int16, 5 µV/LSB = 200 LSB/mV).</summary>
public static class CanonicalSamples
{
    /// <summary>The canonical gain: LSB per millivolt.</summary>
    public const double LsbPerMillivolt = 200.0;

    /// <summary>Subtracts the baseline, rescales from <paramref name="gain"/> adu/mV to 200 LSB/mV, rounds and saturates to int16.</summary>
    /// <param name="adu">Raw values.</param>
    /// <param name="baseline">The ADC value of 0 mV.</param>
    /// <param name="gain">ADC units per millivolt (positive; 200 for MIT-BIH, where values pass unchanged).</param>
    /// <returns>A new array of canonical samples.</returns>
    public static short[] FromAdu(int[] adu, int baseline, double gain)
    {
        if (adu == null)
        {
            throw new System.ArgumentNullException(nameof(adu));
        }

        if (!(gain > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(gain), "The gain must be positive, got " + gain + ".");
        }

        short[] result = new short[adu.Length];
        bool unit = gain == LsbPerMillivolt;
        double scale = LsbPerMillivolt / gain;
        for (int i = 0; i < adu.Length; i++)
        {
            long v;
            if (unit)
            {
                v = (long)adu[i] - baseline;
            }
            else
            {
                double d = ((long)adu[i] - baseline) * scale;
                v = (long)(d >= 0 ? d + 0.5 : d - 0.5);
            }

            result[i] = v > short.MaxValue ? short.MaxValue : v < short.MinValue ? short.MinValue : (short)v;
        }

        return result;
    }
}
