namespace EdgeEcg.Dsp.Quality;

/// <summary>The verdict on one window of the signal-quality index.</summary>
public struct QualityWindow
{
    /// <summary>Creates a verdict.</summary>
    /// <param name="start">Index (at 250 Hz) of the window's first sample.</param>
    /// <param name="length">Window length in samples.</param>
    /// <param name="flags">Why the window is unreadable, or <see cref="QualityFlags.None"/>.</param>
    /// <param name="range">Peak-to-peak range of the filtered signal in the window, 5 µV/LSB.</param>
    /// <param name="activity">Sum of absolute second differences of the filtered signal, 5 µV/LSB.</param>
    public QualityWindow(long start, int length, QualityFlags flags, int range, int activity)
    {
        Start = start;
        Length = length;
        Flags = flags;
        Range = range;
        Activity = activity;
    }

    /// <summary>Index (at 250 Hz) of the window's first sample.</summary>
    public long Start { get; }

    /// <summary>Window length in samples.</summary>
    public int Length { get; }

    /// <summary>Why the window is unreadable, or <see cref="QualityFlags.None"/>.</summary>
    public QualityFlags Flags { get; }

    /// <summary>Peak-to-peak range of the filtered signal, 5 µV/LSB.</summary>
    public int Range { get; }

    /// <summary>Sum of absolute second differences of the filtered signal (high-frequency activity), 5 µV/LSB.</summary>
    public int Activity { get; }

    /// <summary>True when nothing was flagged.</summary>
    public bool IsReadable => Flags == QualityFlags.None;
}
