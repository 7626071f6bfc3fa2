using EdgeEcg.Dsp.Beats;

namespace EdgeEcg.Dsp.Quality;

/// <summary>
/// Per-second signal-quality index of the canonical ECG (250 Hz, 5 µV/LSB): flags flat line, saturation,
/// heavy high-frequency noise and large excursions, so that later stages call a stretch unreadable instead of
/// inventing beats.
/// </summary>
/// <remarks>
/// <para>Each 1 s window (250 samples) is judged on its own, from the raw (pre-filter) and the filtered signal:</para>
/// <list type="bullet">
/// <item><see cref="QualityFlags.Flat"/>: filtered range below <see cref="FlatRange"/> (50 µV).</item>
/// <item><see cref="QualityFlags.Saturated"/>: at least <see cref="ClipSamples"/> raw samples equal to the
/// window's raw maximum or minimum, with that extreme more than a quarter of the range away from the window's
/// mean (a clipped plateau; an R peak touches its maximum for a sample or two, a quiet baseline is the mean).</item>
/// <item><see cref="QualityFlags.Noisy"/>: high-frequency activity (sum of |second difference| of the filtered
/// signal) above <see cref="NoiseActivityPercent"/> % of the learnt clean activity <i>and</i> range above
/// <see cref="NoiseRangePercent"/> % of the learnt clean range. Clean ECG spends its curvature on one or two QRS
/// complexes per second; muscle and electrode-motion noise add curvature and amplitude everywhere. Requiring
/// both keeps runs of tall, wide ectopic beats (ventricular tachycardia) readable. Activity above
/// <see cref="HighFrequencyPercent"/> % of the clean activity is noisy on its own (broadband interference that
/// hardly changes the range).</item>
/// <item><see cref="QualityFlags.Excursion"/>: range above <see cref="ExcursionRatio"/> × the learnt clean range.</item>
/// </list>
/// <para>The clean range and activity are the means over the last eight readable windows; the two relative tests
/// start once eight windows have been learnt. After <see cref="RelearnWindows"/> unreadable windows in a row every
/// window is learnt again, so a lasting change of amplitude (a new lead, a new gain) cannot lock the index in
/// "unreadable". Thresholds were chosen on MIT-BIH (≈ 14 s of the 48 × 30 min flagged) against nstdb 118e_6
/// (−6 dB electrode motion: ≈ 75 % of the 13 noisy minutes flagged, none of the clean ones). Integer arithmetic only; zero allocation per sample.</para>
/// </remarks>
public sealed class SignalQualityIndex
{
    /// <summary>Window length in samples (1 s at 250 Hz).</summary>
    public const int WindowLength = 250;

    /// <summary>Filtered ranges below this (10 LSB = 50 µV) are a flat line.</summary>
    public const int FlatRange = 10;

    /// <summary>Raw samples at the window's extreme needed to call it clipped (100 ms).</summary>
    public const int ClipSamples = 25;

    /// <summary>Activity, in percent of the learnt clean activity, above which a window may be noisy.</summary>
    public const int NoiseActivityPercent = 250;

    /// <summary>Range, in percent of the learnt clean range, above which a window may be noisy.</summary>
    public const int NoiseRangePercent = 200;

    /// <summary>Activity, in percent of the learnt clean activity, above which a window is noisy whatever its range.</summary>
    public const int HighFrequencyPercent = 800;

    /// <summary>Range, relative to the learnt clean range, above which a window is an excursion.</summary>
    public const int ExcursionRatio = 6;

    private readonly short[] raw = new short[WindowLength];
    /// <summary>Consecutive unreadable windows after which the clean references are re-learnt (2 minutes).</summary>
    public const int RelearnWindows = 120;

    private readonly RecentAverage cleanRange = new(0);
    private readonly RecentAverage cleanActivity = new(0);
    private int learnt;
    private int unreadableRun;
    private int count;
    private long start;
    private int min;
    private int max;
    private int activity;
    private int previous1;
    private int previous2;

    /// <summary>Creates the index; the first window starts at sample 0.</summary>
    public SignalQualityIndex()
    {
        Reset();
    }

    /// <summary>The verdict on the last completed window.</summary>
    public QualityWindow LastWindow { get; private set; }

    /// <summary>The learnt clean peak-to-peak range (0 until eight readable windows were seen), 5 µV/LSB.</summary>
    public int CleanRange => learnt < RecentAverage.Length ? 0 : cleanRange.Mean;

    /// <summary>The learnt clean activity (0 until eight readable windows were seen), 5 µV/LSB.</summary>
    public int CleanActivity => learnt < RecentAverage.Length ? 0 : cleanActivity.Mean;

    /// <summary>Feeds one sample pair.</summary>
    /// <param name="rawSample">The unfiltered sample (for saturation).</param>
    /// <param name="filtered">The cleaned sample (baseline, mains and low-pass filtered).</param>
    /// <returns>True when a window completes; its verdict is then in <see cref="LastWindow"/>.</returns>
    public bool Process(short rawSample, short filtered)
    {
        raw[count] = rawSample;
        if (count == 0)
        {
            min = max = filtered;
            previous1 = previous2 = filtered;
        }
        else
        {
            if (filtered < min)
            {
                min = filtered;
            }
            else if (filtered > max)
            {
                max = filtered;
            }
        }

        int d2 = filtered - (2 * previous1) + previous2;
        activity += d2 < 0 ? -d2 : d2;
        previous2 = previous1;
        previous1 = filtered;
        if (++count < WindowLength)
        {
            return false;
        }

        LastWindow = Judge();
        start += WindowLength;
        count = 0;
        activity = 0;
        return true;
    }

    /// <summary>Forgets the learnt range and restarts the window at sample 0.</summary>
    public void Reset()
    {
        cleanRange.Fill(0);
        cleanActivity.Fill(0);
        learnt = 0;
        unreadableRun = 0;
        count = 0;
        start = 0;
        activity = 0;
        LastWindow = default;
    }

    private QualityWindow Judge()
    {
        int range = max - min;
        QualityFlags flags = QualityFlags.None;
        if (range < FlatRange)
        {
            flags |= QualityFlags.Flat;
        }

        if (IsClipped())
        {
            flags |= QualityFlags.Saturated;
        }

        if (learnt >= RecentAverage.Length)
        {
            long cleanA = cleanActivity.Mean;
            long cleanR = cleanRange.Mean;
            bool busy = 100L * activity > NoiseActivityPercent * cleanA;
            if ((busy && 100L * range > NoiseRangePercent * cleanR) || 100L * activity > HighFrequencyPercent * cleanA)
            {
                flags |= QualityFlags.Noisy;
            }

            if (range > ExcursionRatio * cleanR)
            {
                flags |= QualityFlags.Excursion;
            }
        }

        if (flags == QualityFlags.None || unreadableRun >= RelearnWindows)
        {
            cleanRange.Push(range);
            cleanActivity.Push(activity);
            learnt++;
        }

        unreadableRun = flags == QualityFlags.None ? 0 : unreadableRun + 1;

        return new QualityWindow(start, WindowLength, flags, range, activity);
    }

    private bool IsClipped()
    {
        int lo = raw[0];
        int hi = raw[0];
        for (int i = 1; i < WindowLength; i++)
        {
            if (raw[i] < lo)
            {
                lo = raw[i];
            }
            else if (raw[i] > hi)
            {
                hi = raw[i];
            }
        }

        if (hi == lo)
        {
            return false; // a constant line is Flat, not clipped
        }

        int atLo = 0;
        int atHi = 0;
        long sum = 0;
        for (int i = 0; i < WindowLength; i++)
        {
            sum += raw[i];
            if (raw[i] == lo)
            {
                atLo++;
            }
            else if (raw[i] == hi)
            {
                atHi++;
            }
        }

        // A plateau only counts as clipping when it sits away from where the signal mostly is: a quiet
        // baseline can be the window's minimum for a long time, a rail cannot be the signal's centre.
        long mean = sum / WindowLength;
        long quarter = (hi - lo) / 4;
        bool clippedLow = atLo >= ClipSamples && mean - lo > quarter;
        bool clippedHigh = atHi >= ClipSamples && hi - mean > quarter;
        return clippedLow || clippedHigh;
    }
}
