namespace EdgeEcg.Benchmarks.Peers;

/// <summary>
/// Single-precision port of <see cref="EdgeEcg.Dsp.Beats.QrsEnergyFilter"/> (Hamilton and Tompkins 1986 QRS energy:
/// two 25 ms boxcars, 125 ms moving-average high-pass, 12 ms slope magnitude, 80 ms integrator), stage for stage,
/// for the floating-point peer chain.
/// </summary>
public sealed class FloatQrsEnergyFilter
{
    private const int BoxLength = 6;
    private const int HighPassLength = 31;
    private const int SlopeSpan = 3;
    private const int WindowLength = 20;

    private readonly float[] box1 = new float[BoxLength];
    private readonly float[] box2 = new float[BoxLength];
    private readonly float[] highPass = new float[HighPassLength];
    private readonly float[] slope = new float[SlopeSpan];
    private readonly float[] window = new float[WindowLength];
    private int boxIndex;
    private int highPassIndex;
    private int slopeIndex;
    private int windowIndex;
    private float sum1;
    private float sum2;
    private float highPassSum;
    private float windowSum;

    /// <summary>The band-passed input, delayed by 20 samples.</summary>
    public float Bandpassed { get; private set; }

    /// <summary>Feeds one sample (5 µV/LSB units, 250 Hz) and returns the QRS energy.</summary>
    /// <param name="x">The sample.</param>
    public float Process(float x)
    {
        sum1 += x - box1[boxIndex];
        box1[boxIndex] = x;
        sum2 += sum1 - box2[boxIndex];
        box2[boxIndex] = sum1;
        if (++boxIndex == BoxLength)
        {
            boxIndex = 0;
        }

        float lowPassed = sum2 * (1f / (BoxLength * BoxLength));
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

        float bp = highPass[middle] - (highPassSum * (1f / HighPassLength));
        Bandpassed = bp;
        float d = bp - slope[slopeIndex];
        slope[slopeIndex] = bp;
        if (++slopeIndex == SlopeSpan)
        {
            slopeIndex = 0;
        }

        d = d < 0 ? -d : d;
        windowSum += d - window[windowIndex];
        window[windowIndex] = d;
        if (++windowIndex == WindowLength)
        {
            windowIndex = 0;
        }

        float energy = windowSum * (1f / WindowLength);
        return energy > 32000f ? 32000f : energy;
    }
}
