using System;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Resampling;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// The device's filtered 250 Hz stream of a whole 360 Hz recording: <see cref="PolyphaseResamplerQ15"/> then
/// <see cref="EcgFilterChain"/>, the same classes and order as <c>EcgChain</c>.
/// </summary>
public static class FilteredStream
{
    /// <summary>Output rate, Hz.</summary>
    public const int RateHz = 250;

    /// <summary>Rate of the MIT-BIH source records, and so of every dataset's beat samples, Hz.</summary>
    public const int SourceRateHz = 360;

    /// <summary>Resamples and filters canonical 360 Hz samples.</summary>
    /// <param name="samples">Canonical samples (5 µV/LSB) at 360 Hz.</param>
    /// <param name="mains">Mains notch.</param>
    /// <param name="delaySamples">Delay of the output behind the input, in 250 Hz samples (resampler + filter).</param>
    public static short[] From360(short[] samples, MainsFrequency mains, out int delaySamples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var resampler = PolyphaseResamplerQ15.Create360To250();
        var filter = EcgFilterChain.Create(RateHz, mains);
        var resampled = new short[resampler.MaxOutputCount(samples.Length) + 1];
        int count = resampler.Process(samples, 0, samples.Length, resampled, 0);
        var filtered = new short[count];
        filter.Process(resampled, 0, filtered, 0, count);
        delaySamples = resampler.DelayOutputSamples + filter.DelaySamples;
        return filtered;
    }

    /// <summary>
    /// Filters a record prepared for the chain (<see cref="ChainInput"/>) as <c>EcgChain</c> does at its rate: 360 Hz as
    /// <see cref="From360"/>, 500 Hz through the chain's half-band decimator, 250 Hz (also a record resampled to it)
    /// directly.
    /// </summary>
    /// <param name="input">The record's lead as the chain takes it.</param>
    /// <param name="mains">Mains notch.</param>
    /// <param name="delaySamples">Delay of the output behind <see cref="ChainInput.Samples"/>, in 250 Hz samples.</param>
    public static short[] From(ChainInput input, MainsFrequency mains, out int delaySamples)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ChainRateHz == SourceRateHz)
            return From360(input.Samples, mains, out delaySamples);
        short[] atRate = input.Samples;
        int resamplerDelay = 0;
        if (input.ChainRateHz == 500)
        {
            var decimator = HalfbandDecimatorQ15.Create500To250();
            atRate = new short[decimator.MaxOutputCount(input.Samples.Length) + 1];
            Array.Resize(ref atRate, decimator.Process(input.Samples, 0, input.Samples.Length, atRate, 0));
            resamplerDelay = decimator.DelayOutputSamples;
        }
        var filter = EcgFilterChain.Create(RateHz, mains);
        var filtered = new short[atRate.Length];
        filter.Process(atRate, 0, filtered, 0, atRate.Length);
        delaySamples = resamplerDelay + filter.DelaySamples;
        return filtered;
    }

    /// <summary>Position in the filtered stream of a record sample (inverse of <see cref="ChainInput.ToRecordSample"/> after <c>EcgChain.ToSourceSample</c>).</summary>
    /// <param name="recordSample">Sample index at the record's rate.</param>
    /// <param name="input">The record as the chain takes it.</param>
    /// <param name="delaySamples">Stream delay from <see cref="From(ChainInput, MainsFrequency, out int)"/>.</param>
    public static long ToStream(long recordSample, ChainInput input, int delaySamples)
    {
        ArgumentNullException.ThrowIfNull(input);
        long s = input.ToChainSample(recordSample);
        return (s * RateHz * 2 + input.ChainRateHz) / (2 * input.ChainRateHz) + delaySamples;
    }

    /// <summary>Position in the filtered stream of source sample <paramref name="sourceSample"/> (inverse of <c>EcgChain.ToSourceSample</c>).</summary>
    /// <param name="sourceSample">Sample index at 360 Hz.</param>
    /// <param name="delaySamples">Stream delay from <see cref="From360"/>.</param>
    public static long ToStream(long sourceSample, int delaySamples) =>
        (sourceSample * RateHz * 2 + SourceRateHz) / (2 * SourceRateHz) + delaySamples;
}
