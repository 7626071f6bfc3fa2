using System;
using EdgeEcg.Dsp.FixedPoint;

namespace EdgeEcg.Dsp.Resampling;

/// <summary>
/// Streaming rational resampler by L/M (interpolate by L, low-pass, keep every M-th sample) in polyphase
/// form: per output only one of the L sub-filters runs, on the newest ⌈N/L⌉ input samples.
/// </summary>
/// <remarks>
/// <para><b>Scaling and overflow.</b> Input and output are 1.15 (int16; the ECG chain's 5 µV/LSB samples
/// pass through unchanged in unit). The prototype taps are Q15 with DC gain L, so each phase has gain ≈ 1.
/// 1.15 × 1.15 products (2.30) are summed in a 64-bit accumulator (cannot overflow), shifted right by 15
/// with round-to-nearest and saturated to 1.15: full-scale input that the filter's overshoot pushes past
/// ±32767 clips rather than wraps.</para>
/// <para><b>Timing.</b> Output n is the low-passed signal at upsampled index n·M; with an odd prototype
/// length N whose half-length (N−1)/2 is a multiple of M it stands for input time
/// n/f_out − <see cref="DelayOutputSamples"/>/f_out exactly.</para>
/// <para><b>Memory.</b> Coefficients (re-ordered by phase) and a doubled circular history of ⌈N/L⌉
/// samples are allocated once, in the constructor; <see cref="Process"/> allocates nothing.</para>
/// </remarks>
public sealed class PolyphaseResamplerQ15
{
    private readonly short[] _phases;
    private readonly short[] _history;
    private readonly int _up;
    private readonly int _down;
    private readonly int _tapsPerPhase;
    private int _newest;
    private int _next;

    /// <summary>Creates a resampler from a Q15 prototype low-pass running at L × the input rate.</summary>
    /// <param name="prototypeQ15">Prototype taps, Q15, DC gain <paramref name="upFactor"/>; copied.</param>
    /// <param name="upFactor">Interpolation factor L, at least 1.</param>
    /// <param name="downFactor">Decimation factor M, at least 1.</param>
    public PolyphaseResamplerQ15(short[] prototypeQ15, int upFactor, int downFactor)
    {
        if (prototypeQ15 == null)
        {
            throw new ArgumentNullException(nameof(prototypeQ15));
        }

        if (prototypeQ15.Length == 0)
        {
            throw new ArgumentException("The prototype must have at least one tap.", nameof(prototypeQ15));
        }

        if (upFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(upFactor), "upFactor must be at least 1.");
        }

        if (downFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(downFactor), "downFactor must be at least 1.");
        }

        _up = upFactor;
        _down = downFactor;
        _tapsPerPhase = (prototypeQ15.Length + upFactor - 1) / upFactor;
        _phases = new short[upFactor * _tapsPerPhase];
        for (int phase = 0; phase < upFactor; phase++)
        {
            for (int k = 0; k < _tapsPerPhase; k++)
            {
                int n = phase + (k * upFactor);
                _phases[(phase * _tapsPerPhase) + k] = n < prototypeQ15.Length ? prototypeQ15[n] : (short)0;
            }
        }

        _history = new short[2 * _tapsPerPhase];
        int halfLength = (prototypeQ15.Length - 1) / 2;
        DelayOutputSamples = (halfLength + (downFactor / 2)) / downFactor;
    }

    /// <summary>The interpolation factor L.</summary>
    public int UpFactor => _up;

    /// <summary>The decimation factor M.</summary>
    public int DownFactor => _down;

    /// <summary>Group delay at the output rate, in output samples (rounded when the prototype does not make it whole).</summary>
    public int DelayOutputSamples { get; }

    /// <summary>
    /// Creates the 360 → 250 Hz resampler (L = 25, M = 36) for MIT-BIH records: 505-tap Kaiser prototype,
    /// 21 taps per phase, passband 0–80 Hz, stopband from 170 Hz, delay 7 output samples.
    /// </summary>
    public static PolyphaseResamplerQ15 Create360To250() =>
        new PolyphaseResamplerQ15(ResamplerCoefficients.Prototype360To250(), 25, 36);

    /// <summary>The largest number of outputs <paramref name="inputCount"/> inputs can produce from any state: ⌈count·L/M⌉.</summary>
    /// <param name="inputCount">Number of input samples.</param>
    public int MaxOutputCount(int inputCount)
    {
        if (inputCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCount), "inputCount must not be negative.");
        }

        return (int)((((long)inputCount * _up) + _down - 1) / _down);
    }

    /// <summary>The exact number of outputs the next <paramref name="inputCount"/> inputs will produce from the current state.</summary>
    /// <param name="inputCount">Number of input samples.</param>
    public int OutputCount(int inputCount)
    {
        if (inputCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(inputCount), "inputCount must not be negative.");
        }

        long span = (long)inputCount * _up;
        return _next < span ? (int)(((span - 1 - _next) / _down) + 1) : 0;
    }

    /// <summary>Resamples a block, continuing from the previous call.</summary>
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
            _newest = _newest == 0 ? _tapsPerPhase - 1 : _newest - 1;
            short x = src[srcOffset + i];
            _history[_newest] = x;
            _history[_newest + _tapsPerPhase] = x;
            while (_next < _up)
            {
                dst[dstOffset + written] = Dot(_next);
                written++;
                _next += _down;
            }

            _next -= _up;
        }

        return written;
    }

    /// <summary>Clears the history and the phase, as if no input had been seen.</summary>
    public void Reset()
    {
        for (int i = 0; i < _history.Length; i++)
        {
            _history[i] = 0;
        }

        _newest = 0;
        _next = 0;
    }

    private short Dot(int phase)
    {
        short[] h = _phases;
        short[] x = _history;
        int hi = phase * _tapsPerPhase;
        int xi = _newest;
        long acc = 0;
        for (int k = 0; k < _tapsPerPhase; k++)
        {
            acc += h[hi + k] * x[xi + k];
        }

        return Q15.Saturate((acc >> 15) + ((acc >> 14) & 1L));
    }
}
