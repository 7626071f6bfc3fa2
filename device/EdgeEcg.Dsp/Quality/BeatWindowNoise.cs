namespace EdgeEcg.Dsp.Quality;

/// <summary>
/// How noisy one beat window looks next to its own QRS complex: the peak-to-peak range of the filtered signal within
/// <see cref="QrsHalfWidth"/> samples of the R peak, and, outside that span, the high-frequency activity (sum of
/// |second difference|) and the peak-to-peak range.
/// </summary>
/// <remarks>
/// A detection made of noise has a small "QRS" next to much curvature around it; a real beat, ventricular beats
/// included, spends most of its curvature in the QRS and has a smooth P and T wave. The measure is relative to the
/// beat itself, so it needs no learnt clean reference (which the per-second <see cref="SignalQualityIndex"/> learns
/// from readable windows and so follows moderate, lasting noise). Integer arithmetic only; no allocation.
/// </remarks>
public struct BeatWindowNoise
{
    /// <summary>Half-width of the QRS span around the R peak (25 samples = 100 ms at 250 Hz).</summary>
    public const int QrsHalfWidth = 25;

    /// <summary>Creates a measurement.</summary>
    /// <param name="qrsRange">Peak-to-peak range within <see cref="QrsHalfWidth"/> of the R peak.</param>
    /// <param name="outsideActivity">Sum of |second difference| outside the QRS span.</param>
    /// <param name="outsideRange">Peak-to-peak range outside the QRS span.</param>
    public BeatWindowNoise(int qrsRange, int outsideActivity, int outsideRange)
    {
        QrsRange = qrsRange;
        OutsideActivity = outsideActivity;
        OutsideRange = outsideRange;
    }

    /// <summary>Peak-to-peak range of the filtered signal within <see cref="QrsHalfWidth"/> samples of the R peak.</summary>
    public int QrsRange { get; }

    /// <summary>
    /// Sum of |x[k] − 2x[k−1] + x[k−2]| over the window, leaving out every second difference that touches the QRS span.
    /// </summary>
    public int OutsideActivity { get; }

    /// <summary>Peak-to-peak range of the filtered signal outside the QRS span.</summary>
    public int OutsideRange { get; }

    /// <summary>Scale of <see cref="ExceedsActivityRatio"/>'s ratio (Q8: 256 = 1.0).</summary>
    public const int RatioOne = 256;

    /// <summary>
    /// Whether the activity outside the QRS exceeds <paramref name="ratioQ8"/>/256 times the QRS range (a range of 0
    /// counts as 1 LSB): the test of the V noise reject rule a model may ship with, in integers so that the device
    /// and the desktop evaluation decide alike.
    /// </summary>
    /// <param name="ratioQ8">The ratio times <see cref="RatioOne"/> (e.g. 768 for 3).</param>
    public bool ExceedsActivityRatio(int ratioQ8)
    {
        long qrs = QrsRange < 1 ? 1 : QrsRange;
        return (long)OutsideActivity * RatioOne > (long)ratioQ8 * qrs;
    }

    /// <summary>Measures one beat window.</summary>
    /// <param name="window">Filtered samples.</param>
    /// <param name="offset">Index of the window's first sample in <paramref name="window"/>.</param>
    /// <param name="length">Window length in samples (more than 2·<see cref="QrsHalfWidth"/> + 3).</param>
    /// <param name="rIndex">Index of the R peak inside the window.</param>
    /// <exception cref="System.ArgumentException">The window does not fit the buffer, or the R peak is outside it.</exception>
    public static BeatWindowNoise Measure(short[] window, int offset, int length, int rIndex)
    {
        if (window == null)
        {
            throw new System.ArgumentNullException(nameof(window));
        }

        if (offset < 0 || length < (2 * QrsHalfWidth) + 4 || offset + length > window.Length)
        {
            throw new System.ArgumentException("beat window does not fit the buffer");
        }

        if (rIndex < 0 || rIndex >= length)
        {
            throw new System.ArgumentException("R peak index is outside the beat window");
        }

        int qrsFirst = rIndex - QrsHalfWidth;
        int qrsLast = rIndex + QrsHalfWidth;
        int qMin = int.MaxValue, qMax = int.MinValue, oMin = int.MaxValue, oMax = int.MinValue;
        int activity = 0;
        for (int k = 0; k < length; k++)
        {
            int x = window[offset + k];
            if (k >= qrsFirst && k <= qrsLast)
            {
                if (x < qMin)
                {
                    qMin = x;
                }

                if (x > qMax)
                {
                    qMax = x;
                }
            }
            else
            {
                if (x < oMin)
                {
                    oMin = x;
                }

                if (x > oMax)
                {
                    oMax = x;
                }
            }

            // The second difference ending at k uses k−2..k; keep it only if none of them is in the QRS span.
            if (k >= 2 && (k < qrsFirst || k - 2 > qrsLast))
            {
                int d2 = x - (2 * window[offset + k - 1]) + window[offset + k - 2];
                activity += d2 < 0 ? -d2 : d2;
            }
        }

        return new BeatWindowNoise(qMax - qMin, activity, oMax < oMin ? 0 : oMax - oMin);
    }
}
