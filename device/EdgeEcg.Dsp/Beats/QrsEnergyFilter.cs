namespace EdgeEcg.Dsp.Beats;

/// <summary>
/// The QRS-energy front end of Hamilton and Tompkins (1986): low-pass, high-pass, slope, magnitude and
/// an 80 ms moving-window integrator, all in integer arithmetic at 250 Hz.
/// </summary>
/// <remarks>
/// <para>Stages, each an exact integer FIR (running sums, no recursion that could drift):</para>
/// <list type="number">
/// <item>Low-pass: two cascaded 6-sample boxcars (first zero at 41.7 Hz), divided by 36 for unity DC gain; delay 5 samples.</item>
/// <item>High-pass: the low-pass output 15 samples ago minus the mean of the last 31 (a 125 ms moving average); delay 15 samples.
/// The result, <see cref="Bandpassed"/>, is a ~5–12 Hz band-pass of the input delayed by <see cref="BandpassDelay"/> samples.</item>
/// <item>Slope: <c>bp[n] − bp[n−3]</c> (12 ms), then its magnitude.</item>
/// <item>Moving-window integrator: the mean of the last 20 magnitudes (80 ms), clamped to 32000.</item>
/// </list>
/// <para><b>Scaling and overflow.</b> Input: int16, 5 µV/LSB. Every running sum is 32-bit: the largest is the
/// second boxcar sum, at most 36 × 32768 ≈ 1.2·10⁶, so nothing can overflow for any int16 input. Integer
/// division truncates toward zero. Output: the mean slope magnitude in LSB per 12 ms, in [0, 32000].</para>
/// </remarks>
public sealed class QrsEnergyFilter
{
    /// <summary>Delay of <see cref="Bandpassed"/> relative to the input, in samples.</summary>
    public const int BandpassDelay = 20;

    /// <summary>Approximate delay from a QRS complex in the input to the maximum of the integrator output, in samples.</summary>
    public const int EnergyDelay = 31;

    private const int BoxLength = Hamilton2002Timing.Ms25;
    private const int HighPassLength = Hamilton2002Timing.Ms125;
    private const int SlopeSpan = 3;
    private const int WindowLength = Hamilton2002Timing.Ms80;
    private const int MaxOutput = 32000;

    private readonly int[] box1 = new int[BoxLength];
    private readonly int[] box2 = new int[BoxLength];
    private readonly int[] highPass = new int[HighPassLength];
    private readonly int[] slope = new int[SlopeSpan];
    private readonly int[] window = new int[WindowLength];
    private int boxIndex;
    private int highPassIndex;
    private int slopeIndex;
    private int windowIndex;
    private int sum1;
    private int sum2;
    private int highPassSum;
    private int windowSum;

    /// <summary>The most recent band-pass sample (delayed by <see cref="BandpassDelay"/>), 5 µV/LSB.</summary>
    public int Bandpassed { get; private set; }

    /// <summary>Feeds one sample and returns the integrator output.</summary>
    /// <param name="x">The ECG sample, int16 at 250 Hz, 5 µV/LSB.</param>
    /// <returns>The QRS energy: mean slope magnitude over the last 80 ms, in [0, 32000].</returns>
    public int Process(short x)
    {
        sum1 += x - box1[boxIndex];
        box1[boxIndex] = x;
        sum2 += sum1 - box2[boxIndex];
        box2[boxIndex] = sum1;
        if (++boxIndex == BoxLength)
        {
            boxIndex = 0;
        }

        int lowPassed = sum2 / (BoxLength * BoxLength);

        highPassSum += lowPassed - highPass[highPassIndex];
        highPass[highPassIndex] = lowPassed;
        int middle = highPassIndex - (HighPassLength / 2);
        if (middle < 0)
        {
            middle += HighPassLength;
        }

        if (++highPassIndex == HighPassLength)
        {
            highPassIndex = 0;
        }

        int bp = highPass[middle] - (highPassSum / HighPassLength);
        Bandpassed = bp;

        int d = bp - slope[slopeIndex];
        slope[slopeIndex] = bp;
        if (++slopeIndex == SlopeSpan)
        {
            slopeIndex = 0;
        }

        if (d < 0)
        {
            d = -d;
        }

        windowSum += d - window[windowIndex];
        window[windowIndex] = d;
        if (++windowIndex == WindowLength)
        {
            windowIndex = 0;
        }

        int energy = windowSum / WindowLength;
        return energy > MaxOutput ? MaxOutput : energy;
    }

    /// <summary>Clears all filter state, as if the input had been zero forever.</summary>
    public void Reset()
    {
        System.Array.Clear(box1, 0, box1.Length);
        System.Array.Clear(box2, 0, box2.Length);
        System.Array.Clear(highPass, 0, highPass.Length);
        System.Array.Clear(slope, 0, slope.Length);
        System.Array.Clear(window, 0, window.Length);
        boxIndex = highPassIndex = slopeIndex = windowIndex = 0;
        sum1 = sum2 = highPassSum = windowSum = 0;
        Bandpassed = 0;
    }
}
