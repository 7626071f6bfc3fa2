namespace EdgeEcg.Dsp.Rhythm;

/// <summary>
/// The last <see cref="Length"/> RR intervals (milliseconds) and two measures of their rhythm, in integers so that the
/// device and the desktop evaluation agree exactly:
/// <list type="bullet">
/// <item><see cref="IrregularityPermille"/>: the sum of |successive differences| over the sum of the intervals, high
/// when consecutive beats come at unrelated intervals (atrial fibrillation, but also frequent ectopic beats);</item>
/// <item><see cref="MatchPermille"/>: the share of interval pairs that lie within <see cref="TolerancePermille"/> of
/// the mean interval of each other. A rhythm made of a few repeated intervals — sinus, bigeminy, trigeminy, or atrial
/// premature beats from one focus at a near-fixed coupling with their resets — matches often even when it is
/// irregular; atrial fibrillation's intervals spread continuously and rarely match (the template count of sample
/// entropy with template length 1, Richman and Moorman 2000).</item>
/// </list>
/// No allocation after construction; no floating point.
/// </summary>
public sealed class RrWindow
{
    /// <summary>Intervals in the window (16, as the short windows of Lake and Moorman 2011).</summary>
    public const int Length = 16;

    /// <summary>Match tolerance: two intervals match when they differ by at most this share of the window mean (‰).</summary>
    public const int TolerancePermille = 60;

    private readonly int[] rr = new int[Length];
    private int count;
    private int next;

    /// <summary>Intervals held (at most <see cref="Length"/>).</summary>
    public int Count => count;

    /// <summary>Whether the window holds <see cref="Length"/> intervals, so that its measures are defined.</summary>
    public bool IsFull => count == Length;

    /// <summary>Adds the newest interval, dropping the oldest once the window is full.</summary>
    /// <param name="rrMs">RR interval in milliseconds (1 to 60,000).</param>
    public void Add(int rrMs)
    {
        if (rrMs < 1 || rrMs > 60000)
            throw new System.ArgumentOutOfRangeException(nameof(rrMs), "an RR interval must lie between 1 ms and 60 s");
        rr[next] = rrMs;
        next = next == Length - 1 ? 0 : next + 1;
        if (count < Length)
            count++;
    }

    /// <summary>Forgets every interval (after a gap in the beat stream).</summary>
    public void Clear()
    {
        count = 0;
        next = 0;
    }

    /// <summary>Sum of |successive differences| over the sum of the intervals, in ‰ (0 when fewer than 2 intervals).</summary>
    public int IrregularityPermille
    {
        get
        {
            if (count < 2)
                return 0;
            long sum = 0, diffs = 0;
            int previous = At(0);
            sum += previous;
            for (int i = 1; i < count; i++)
            {
                int x = At(i);
                sum += x;
                diffs += x > previous ? x - previous : previous - x;
                previous = x;
            }
            // Scale the diffs to as many as intervals, so that the value does not depend on the window length.
            return (int)(diffs * 1000 * count / ((count - 1) * sum));
        }
    }

    /// <summary>
    /// Share of the pairs of intervals that differ by at most <see cref="TolerancePermille"/> of the mean interval, in ‰
    /// (1000 when fewer than 2 intervals).
    /// </summary>
    public int MatchPermille
    {
        get
        {
            if (count < 2)
                return 1000;
            long sum = 0;
            for (int i = 0; i < count; i++)
                sum += rr[i];
            // |a − b| ≤ tol·mean  ⇔  |a − b|·count·1000 ≤ tol·sum
            long limit = TolerancePermille * sum;
            int matches = 0, pairs = 0;
            for (int i = 0; i < count; i++)
            {
                for (int j = i + 1; j < count; j++)
                {
                    int d = rr[i] - rr[j];
                    if (d < 0)
                        d = -d;
                    if ((long)d * count * 1000 <= limit)
                        matches++;
                    pairs++;
                }
            }
            return matches * 1000 / pairs;
        }
    }

    /// <summary>Mean interval of the window in ms (0 when empty).</summary>
    public int MeanMs
    {
        get
        {
            if (count == 0)
                return 0;
            long sum = 0;
            for (int i = 0; i < count; i++)
                sum += rr[i];
            return (int)(sum / count);
        }
    }

    /// <summary>The i-th interval, oldest first.</summary>
    private int At(int i)
    {
        int start = count < Length ? 0 : next;
        int k = start + i;
        return rr[k >= Length ? k - Length : k];
    }
}
