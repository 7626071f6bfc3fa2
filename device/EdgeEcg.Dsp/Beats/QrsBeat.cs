namespace EdgeEcg.Dsp.Beats;

/// <summary>One QRS complex found by a detector.</summary>
public struct QrsBeat
{
    /// <summary>Creates a beat.</summary>
    /// <param name="sample">Sample index of the fiducial point (the R peak), at 250 Hz from the start of the stream.</param>
    /// <param name="rrSamples">Samples since the previous beat, or 0 for the first beat.</param>
    /// <param name="peakEnergy">Height of the QRS-energy peak that triggered the detection.</param>
    /// <param name="searchBack">True when the beat was recovered by search-back with the lowered threshold.</param>
    public QrsBeat(long sample, int rrSamples, int peakEnergy, bool searchBack)
    {
        Sample = sample;
        RrSamples = rrSamples;
        PeakEnergy = peakEnergy;
        SearchBack = searchBack;
    }

    /// <summary>Sample index of the fiducial point (the R peak) at 250 Hz.</summary>
    public long Sample { get; }

    /// <summary>RR interval to the previous beat in samples at 250 Hz (4 ms each), or 0 for the first beat.</summary>
    public int RrSamples { get; }

    /// <summary>Height of the QRS-energy peak (mean slope magnitude, see <see cref="QrsEnergyFilter"/>).</summary>
    public int PeakEnergy { get; }

    /// <summary>True when the beat was found by search-back rather than by the regular threshold.</summary>
    public bool SearchBack { get; }
}
