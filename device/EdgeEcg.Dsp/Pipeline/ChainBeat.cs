namespace EdgeEcg.Dsp.Pipeline;

/// <summary>A beat reported by <see cref="EcgChain"/>, positioned at 250 Hz and at the source rate.</summary>
public struct ChainBeat
{
    /// <summary>Creates a beat.</summary>
    /// <param name="sample">R-peak index in the chain's filtered 250 Hz stream.</param>
    /// <param name="sourceSample">The same instant as a source sample index (filter and resampler delays removed).</param>
    /// <param name="rrSamples">RR interval to the previous beat at 250 Hz, or 0 for the first beat.</param>
    /// <param name="searchBack">True when the detector recovered the beat by search-back.</param>
    public ChainBeat(long sample, long sourceSample, int rrSamples, bool searchBack)
    {
        Sample = sample;
        SourceSample = sourceSample;
        RrSamples = rrSamples;
        SearchBack = searchBack;
    }

    /// <summary>R-peak index in the chain's filtered 250 Hz stream (what beat windows are cut from).</summary>
    public long Sample { get; }

    /// <summary>The R peak as a sample index at the source rate, with the resampler and filter delays removed.</summary>
    public long SourceSample { get; }

    /// <summary>RR interval to the previous beat, in 250 Hz samples (4 ms), or 0 for the first beat.</summary>
    public int RrSamples { get; }

    /// <summary>True when the detector recovered the beat by search-back.</summary>
    public bool SearchBack { get; }
}
