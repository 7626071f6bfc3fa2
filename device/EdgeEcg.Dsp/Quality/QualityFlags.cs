namespace EdgeEcg.Dsp.Quality;

/// <summary>Why a window of ECG was judged unreadable (a bit set; <see cref="None"/> means readable).</summary>
[System.Flags]
public enum QualityFlags
{
    /// <summary>Readable.</summary>
    None = 0,

    /// <summary>Flat line: the filtered signal's range stays under <see cref="SignalQualityIndex.FlatRange"/> (leads off, no signal).</summary>
    Flat = 1,

    /// <summary>Saturation or clipping: the raw signal sits at its extreme for at least <see cref="SignalQualityIndex.ClipSamples"/> samples.</summary>
    Saturated = 2,

    /// <summary>Heavy noise: slope activity far above what the window's own range and the learnt clean ECG explain.</summary>
    Noisy = 4,

    /// <summary>Amplitude excursion far beyond the learnt clean ECG range (baseline jumps, motion artefact).</summary>
    Excursion = 8,
}
