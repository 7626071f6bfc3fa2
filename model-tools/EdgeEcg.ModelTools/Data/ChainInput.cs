using System;
using System.Globalization;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Resampling.Design;
using EdgeEcg.Records;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// One record's lead as the device chain takes it. <see cref="EcgChain"/> takes 250 and 500 Hz (the ADS1292R's rates)
/// and 360 Hz (MIT-BIH) itself; a record at any other whole rate from <see cref="MinimumRateHz"/> to
/// <see cref="MaximumRateHz"/> (128 Hz for the MIT-BIH Supraventricular Arrhythmia and Long-Term AF databases, 257 Hz for
/// St Petersburg INCART, 1000 Hz for PTB) is first resampled to 250 Hz by a rational polyphase resampler designed here
/// (<see cref="CreateResampler"/>), so the chain sees what the device would see at 250 SPS. Beat positions found in the
/// chain's input go back to the record's own samples through <see cref="ToRecordSample"/>.
/// </summary>
/// <remarks>
/// The resampler is model-tools' front end for other databases only: the device never receives such rates, so it is not
/// part of the device's DSP settings or their hash. Records at the chain's own rates pass through unchanged (bit for bit
/// the device's path).
/// </remarks>
public sealed class ChainInput
{
    /// <summary>Lowest record rate accepted, Hz (below it the QRS complex is not sampled well enough).</summary>
    public const int MinimumRateHz = 100;

    /// <summary>Highest record rate accepted, Hz.</summary>
    public const int MaximumRateHz = 10000;

    /// <summary>Stopband attenuation of the designed resamplers, dB (as the device's 360 → 250 Hz prototype).</summary>
    public const double AttenuationDb = 80;

    /// <summary>Cutoff (−6 dB) of a designed resampler as a fraction of min(record rate, 250 Hz).</summary>
    public const double CutoffFraction = 0.45;

    /// <summary>Transition width of a designed resampler as a fraction of min(record rate, 250 Hz).</summary>
    public const double TransitionFraction = 0.3;

    private ChainInput(short[] samples, int chainRateHz, int recordRateHz, int resamplerDelay, long recordLength)
    {
        Samples = samples;
        ChainRateHz = chainRateHz;
        RecordRateHz = recordRateHz;
        ResamplerDelay = resamplerDelay;
        RecordLength = recordLength;
    }

    /// <summary>The samples the chain runs on (canonical int16, 5 µV/LSB) at <see cref="ChainRateHz"/>.</summary>
    public short[] Samples { get; }

    /// <summary>The rate given to <see cref="EcgChain.Create"/>: the record's own when the chain takes it, else 250 Hz.</summary>
    public int ChainRateHz { get; }

    /// <summary>The record's sampling rate, Hz.</summary>
    public int RecordRateHz { get; }

    /// <summary>Whether the record was resampled before the chain.</summary>
    public bool Resampled => ChainRateHz != RecordRateHz;

    /// <summary>Group delay of the resampler in 250 Hz samples (0 when not resampled).</summary>
    public int ResamplerDelay { get; }

    /// <summary>Length of the record in its own samples.</summary>
    public long RecordLength { get; }

    /// <summary>Whether the chain takes <paramref name="rateHz"/> itself.</summary>
    /// <param name="rateHz">A record rate, Hz.</param>
    public static bool IsChainRate(int rateHz) => rateHz is 250 or 360 or 500;

    /// <summary>Reads one lead of a record in the chain's canonical unit and prepares it for the chain.</summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="lead">Lead name or 0-based signal number (<see cref="RecordBeatExtractor.LeadIndex(WfdbHeader, string?)"/>); null for MLII, else signal 0.</param>
    /// <exception cref="System.IO.FileNotFoundException">The header or signal file is missing.</exception>
    /// <exception cref="WfdbFormatException">The record is corrupt.</exception>
    /// <exception cref="ArgumentException">The record has no such lead (the message lists its signals).</exception>
    /// <exception cref="NotSupportedException">The rate is out of range or the lead is not in voltage units (<see cref="RecordSignal.ReadAtAnyRate"/>).</exception>
    public static ChainInput Read(string recordPath, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        if (!System.IO.File.Exists(recordPath + ".hea"))
            throw new System.IO.FileNotFoundException($"record {System.IO.Path.GetFileName(recordPath)}: header {recordPath}.hea not found", recordPath + ".hea");
        WfdbHeader header = WfdbHeader.Read(recordPath);
        RequireRate(header.SamplingFrequency, header.RecordName); // before reading samples the chain cannot take
        RecordSignal ecg = RecordSignal.ReadAtAnyRate(recordPath, RecordBeatExtractor.LeadIndex(header, lead));
        return From(ecg.Samples, ecg.SampleRateHz, header.RecordName);
    }

    /// <summary>Prepares a record's canonical samples for the chain.</summary>
    /// <param name="samples">Canonical samples (int16, 5 µV/LSB) at the record's rate.</param>
    /// <param name="samplingFrequency">The record's rate from its header, Hz.</param>
    /// <param name="record">Record name, for error messages.</param>
    /// <exception cref="NotSupportedException">The rate is not a whole number of hertz from <see cref="MinimumRateHz"/> to <see cref="MaximumRateHz"/>.</exception>
    public static ChainInput From(short[] samples, double samplingFrequency, string record)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int rate = RequireRate(samplingFrequency, record);
        if (IsChainRate(rate))
            return new ChainInput(samples, rate, rate, 0, samples.Length);
        PolyphaseResamplerQ15 resampler = CreateResampler(rate);
        var resampled = new short[resampler.MaxOutputCount(samples.Length) + 1];
        int count = resampler.Process(samples, 0, samples.Length, resampled, 0);
        Array.Resize(ref resampled, count);
        return new ChainInput(resampled, EcgChain.ChainRateHz, rate, resampler.DelayOutputSamples, samples.Length);
    }

    /// <summary>
    /// The record rate as a whole number of hertz, or a <see cref="NotSupportedException"/> naming the record and what is
    /// accepted.
    /// </summary>
    /// <param name="samplingFrequency">The rate from the header, Hz.</param>
    /// <param name="record">Record name, for the message.</param>
    public static int RequireRate(double samplingFrequency, string record)
    {
        double rounded = Math.Round(samplingFrequency);
        if (Math.Abs(samplingFrequency - rounded) > 1e-6 || rounded < MinimumRateHz || rounded > MaximumRateHz)
            throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                $"record {record} is sampled at {samplingFrequency} Hz; the device chain takes whole rates from {MinimumRateHz} to {MaximumRateHz} Hz"));
        return (int)rounded;
    }

    /// <summary>
    /// Designs the resampler from <paramref name="rateHz"/> to 250 Hz: L/M = 250/rate in lowest terms, a Kaiser-windowed
    /// sinc prototype at L × rate with DC gain L, cutoff <see cref="CutoffFraction"/> and transition
    /// <see cref="TransitionFraction"/> of min(rate, 250 Hz) for <see cref="AttenuationDb"/> dB, its length the shortest
    /// 2·M·k + 1 that reaches that transition (so the group delay is k output samples exactly), taps in Q15.
    /// </summary>
    /// <param name="rateHz">Record rate, Hz, not one the chain takes itself.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rate is out of range or one the chain takes itself.</exception>
    public static PolyphaseResamplerQ15 CreateResampler(int rateHz)
    {
        if (rateHz < MinimumRateHz || rateHz > MaximumRateHz || IsChainRate(rateHz))
            throw new ArgumentOutOfRangeException(nameof(rateHz), rateHz, $"a designed resampler is for rates from {MinimumRateHz} to {MaximumRateHz} Hz other than 250, 360 and 500");
        int g = Gcd(rateHz, EcgChain.ChainRateHz);
        int up = EcgChain.ChainRateHz / g, down = rateHz / g;
        double upsampled = (double)rateHz * up;
        double band = Math.Min(rateHz, EcgChain.ChainRateHz);
        double transition = TransitionFraction * band;
        // Kaiser's length estimate N − 1 = (A − 8) / (2.285 · Δω), Δω = 2π · transition / upsampled rate.
        int needed = (int)Math.Ceiling((AttenuationDb - 8) / (2.285 * 2 * Math.PI * transition / upsampled)) + 1;
        int k = Math.Max(1, (needed - 1 + 2 * down - 1) / (2 * down));
        int length = 2 * down * k + 1;
        double[] taps = WindowedSinc.LowPass(length, CutoffFraction * band, upsampled, AttenuationDb, up);
        return new PolyphaseResamplerQ15(ResamplerDesign.QuantizeQ15(taps), up, down);
    }

    /// <summary>
    /// The record sample of a position in the chain's input (<see cref="ChainBeat.SourceSample"/>, an
    /// <see cref="ChainEvent.SourceSample"/>): the same number when not resampled, else the resampler's delay removed and
    /// the time converted to the record's rate (rounded, clamped to the record).
    /// </summary>
    /// <param name="chainSourceSample">Index in <see cref="Samples"/>.</param>
    public long ToRecordSample(long chainSourceSample)
    {
        if (!Resampled)
            return chainSourceSample;
        long t = chainSourceSample - ResamplerDelay;
        long s = ((t * RecordRateHz * 2) + EcgChain.ChainRateHz) / (2 * EcgChain.ChainRateHz);
        return Math.Clamp(s, 0, Math.Max(0, RecordLength - 1));
    }

    /// <summary>
    /// The index in <see cref="Samples"/> of a record sample (inverse of <see cref="ToRecordSample"/>, rounded): where a
    /// reference annotation lies in the chain's input.
    /// </summary>
    /// <param name="recordSample">Sample index at the record's rate.</param>
    public long ToChainSample(long recordSample) =>
        !Resampled ? recordSample
        : ((recordSample * EcgChain.ChainRateHz * 2) + RecordRateHz) / (2 * RecordRateHz) + ResamplerDelay;

    private static int Gcd(int a, int b)
    {
        while (b != 0)
            (a, b) = (b, a % b);
        return a;
    }
}
