namespace EdgeEcg.Benchmarks.Peers;

/// <summary>Mean of the last eight values, single precision (port of <see cref="EdgeEcg.Dsp.Beats.RecentAverage"/>).</summary>
public sealed class FloatRecentAverage
{
    private const int Length = 8;
    private readonly float[] values = new float[Length];
    private int next;

    /// <summary>Creates the average with every slot holding <paramref name="initial"/>.</summary>
    /// <param name="initial">The starting value.</param>
    public FloatRecentAverage(float initial) => Fill(initial);

    /// <summary>The current mean.</summary>
    public float Mean
    {
        get
        {
            float sum = 0;
            for (int i = 0; i < Length; i++)
            {
                sum += values[i];
            }

            return sum * (1f / Length);
        }
    }

    /// <summary>Replaces the oldest value.</summary>
    /// <param name="value">The newest value.</param>
    public void Push(float value)
    {
        values[next] = value;
        next = (next + 1) % Length;
    }

    /// <summary>Sets every slot.</summary>
    /// <param name="value">The value.</param>
    public void Fill(float value)
    {
        for (int i = 0; i < Length; i++)
        {
            values[i] = value;
        }

        next = 0;
    }
}
