using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Resampling;

/// <summary>
/// Streaming decimation by 2 with a linear-phase half-band FIR: every second tap except the centre is
/// zero, so one output costs (N + 1) / 4 multiplies on pre-added symmetric pairs plus the centre tap.
/// </summary>
/// <remarks>
/// <para><b>Scaling and overflow.</b> Input and output are 1.15 (int16). Taps are Q15 with DC gain 1
/// (centre 0.5). Each pair of inputs is added exactly in 32 bits before its multiply; the 1.15 × 2.15
/// products are summed in a 64-bit accumulator (cannot overflow), shifted right by 15 with
/// round-to-nearest and saturated to 1.15, so full-scale input clips rather than wraps.</para>
/// <para><b>Timing.</b> An output is produced after every second input (inputs 1, 3, 5, … counted from
/// construction or <see cref="Reset"/>). With N = 4k + 3 taps the filter delay (N − 1)/2 is odd, so taking
/// the odd inputs makes the delay a whole <see cref="DelayOutputSamples"/> = (N − 3)/4 output samples:
/// output n stands for input time (n − DelayOutputSamples) / f_out exactly.</para>
/// <para><b>Memory.</b> Taps and a doubled circular history of N samples are allocated once, in the
/// constructor; <see cref="Process"/> allocates nothing.</para>
/// </remarks>
public sealed class HalfbandDecimatorQ15
{
    private readonly short[] _pairTaps;
    private readonly short[] _history;
    private readonly short _centerTap;
    private readonly int _length;
    private readonly int _center;
    private int _newest;
    private bool _outputDue;

    /// <summary>Creates a decimator from half-band taps.</summary>
    /// <param name="tapsQ15">
    /// N = 4k + 3 symmetric Q15 taps whose even offsets from the centre (other than 0) are zero; copied.
    /// </param>
    public HalfbandDecimatorQ15(short[] tapsQ15)
    {
        if (tapsQ15 == null)
        {
            throw new ArgumentNullException(nameof(tapsQ15));
        }

        int n = tapsQ15.Length;
        if (n < 3 || n % 4 != 3)
        {
            throw new ArgumentException("A half-band filter needs N = 4k + 3 taps; got " + n + ".", nameof(tapsQ15));
        }

        int center = n / 2;
        for (int j = 1; j <= center; j++)
        {
            if (tapsQ15[center - j] != tapsQ15[center + j])
            {
                throw new ArgumentException("Half-band taps must be symmetric; tap " + (center - j) + " differs from tap " + (center + j) + ".", nameof(tapsQ15));
            }

            if (j % 2 == 0 && tapsQ15[center + j] != 0)
            {
                throw new ArgumentException("Half-band taps at even offsets from the centre must be zero; tap " + (center + j) + " is not.", nameof(tapsQ15));
            }
        }

        _length = n;
        _center = center;
        _centerTap = tapsQ15[center];
        _pairTaps = new short[(center + 1) / 2];
        for (int q = 0; q < _pairTaps.Length; q++)
        {
            _pairTaps[q] = tapsQ15[center + (2 * q) + 1];
        }

        _history = new short[2 * n];
        DelayOutputSamples = (n - 3) / 4;
    }

    /// <summary>Group delay at the output rate, in output samples: (N − 3) / 4.</summary>
    public int DelayOutputSamples { get; }

    /// <summary>
    /// Creates the 500 → 250 Hz decimator: 35-tap Kaiser half-band, passband 0–80 Hz, stopband from 170 Hz,
    /// delay 8 output samples.
    /// </summary>
    public static HalfbandDecimatorQ15 Create500To250() => new HalfbandDecimatorQ15(ResamplerCoefficients.Halfband500To250());

    /// <summary>The largest number of outputs <paramref name="inputCount"/> inputs can produce from any state: ⌈count/2⌉.</summary>
    /// <param name="inputCount">Number of input samples.</param>
    public int MaxOutputCount(int inputCount)
    {
        if (inputCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCount), "inputCount must not be negative.");
        }

        return (int)(((long)inputCount + 1) / 2);
    }

    /// <summary>The exact number of outputs the next <paramref name="inputCount"/> inputs will produce from the current state.</summary>
    /// <param name="inputCount">Number of input samples.</param>
    public int OutputCount(int inputCount)
    {
        if (inputCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCount), "inputCount must not be negative.");
        }

        return (int)((inputCount + (_outputDue ? 1L : 0L)) / 2);
    }

    /// <summary>Decimates a block, continuing from the previous call.</summary>
    /// <param name="src">Input samples, Q15.</param>
    /// <param name="srcOffset">First input index.</param>
    /// <param name="count">Number of input samples.</param>
    /// <param name="dst">Output buffer; needs room for <see cref="OutputCount"/>(count) samples (≤ <see cref="MaxOutputCount"/>).</param>
    /// <param name="dstOffset">First output index.</param>
    /// <returns>The number of output samples written.</returns>
    public int Process(short[] src, int srcOffset, int count, short[] dst, int dstOffset)
    {
        BlockArguments.CheckRange(src, srcOffset, count, nameof(src));
        BlockArguments.CheckRange(dst, dstOffset, OutputCount(count), nameof(dst));
        int written = 0;
        for (int i = 0; i < count; i++)
        {
            _newest = _newest == 0 ? _length - 1 : _newest - 1;
            short x = src[srcOffset + i];
            _history[_newest] = x;
            _history[_newest + _length] = x;
            if (_outputDue)
            {
                dst[dstOffset + written] = Dot();
                written++;
            }

            _outputDue = !_outputDue;
        }

        return written;
    }

    /// <summary>Clears the history and the output phase, as if no input had been seen.</summary>
    public void Reset()
    {
        for (int i = 0; i < _history.Length; i++)
        {
            _history[i] = 0;
        }

        _newest = 0;
        _outputDue = false;
    }

    private short Dot()
    {
        short[] x = _history;
        int mid = _newest + _center;
        long acc = (long)_centerTap * x[mid];
        for (int q = 0; q < _pairTaps.Length; q++)
        {
            int j = (2 * q) + 1;
            acc += (long)_pairTaps[q] * (x[mid - j] + x[mid + j]);
        }

        return Q15.Saturate((acc >> 15) + ((acc >> 14) & 1L));
    }
}
