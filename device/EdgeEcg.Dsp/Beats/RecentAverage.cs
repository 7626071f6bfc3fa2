namespace EdgeEcg.Dsp.Beats;

/// <summary>The mean of the last eight values pushed (QRS peaks, noise peaks or RR intervals), in integers.</summary>
/// <remarks>The sum of eight int32 values is kept in 64 bits, so the mean never overflows; it truncates toward zero.</remarks>
public sealed class RecentAverage
{
    /// <summary>How many values the average covers.</summary>
    public const int Length = 8;

    private readonly int[] values = new int[Length];
    private int next;
    private long sum;

    /// <summary>Creates the average with every slot holding <paramref name="initial"/>.</summary>
    /// <param name="initial">The starting value of all eight slots.</param>
    public RecentAverage(int initial)
    {
        Fill(initial);
    }

    /// <summary>The current mean of the eight slots.</summary>
    public int Mean => (int)(sum / Length);

    /// <summary>Replaces the oldest value with <paramref name="value"/>.</summary>
    /// <param name="value">The newest value.</param>
    public void Push(int value)
    {
        sum += value - values[next];
        values[next] = value;
        if (++next == Length)
        {
            next = 0;
        }
    }

    /// <summary>Sets every slot to <paramref name="value"/>.</summary>
    /// <param name="value">The value for all slots.</param>
    public void Fill(int value)
    {
        for (int i = 0; i < Length; i++)
        {
            values[i] = value;
        }

        sum = (long)value * Length;
        next = 0;
    }
}
