namespace EdgeEcg.Dsp.Beats;

/// <summary>
/// Finds local maxima of the QRS-energy signal as Hamilton's detector does: a maximum is reported when
/// the signal falls below half of it, or when 95 ms pass without a higher value.
/// </summary>
/// <remarks>Integer only; values below 3 never start a peak, so an idle (zero) signal reports nothing.</remarks>
public sealed class PeakPicker
{
    private int max;
    private long maxIndex;
    private int timeSinceMax;
    private int last;

    /// <summary>Sample index of the maximum most recently reported by <see cref="Process"/>.</summary>
    public long PeakIndex { get; private set; }

    /// <summary>Feeds one energy sample.</summary>
    /// <param name="energy">The integrator output (non-negative).</param>
    /// <param name="index">The sample index of <paramref name="energy"/>.</param>
    /// <returns>The height of a confirmed local maximum (its index in <see cref="PeakIndex"/>), or 0.</returns>
    public int Process(int energy, long index)
    {
        int peak = 0;
        if (timeSinceMax > 0)
        {
            ++timeSinceMax;
        }

        if (energy > last && energy > max)
        {
            max = energy;
            maxIndex = index;
            if (max > 2)
            {
                timeSinceMax = 1;
            }
        }
        else if (energy < (max >> 1) || timeSinceMax > Hamilton2002Timing.Ms95)
        {
            peak = max;
            PeakIndex = maxIndex;
            max = 0;
            timeSinceMax = 0;
        }

        last = energy;
        return peak;
    }

    /// <summary>Forgets any maximum in progress.</summary>
    public void Reset()
    {
        max = 0;
        maxIndex = 0;
        timeSinceMax = 0;
        last = 0;
        PeakIndex = 0;
    }
}
