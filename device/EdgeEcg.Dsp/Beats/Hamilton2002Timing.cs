namespace EdgeEcg.Dsp.Beats;

/// <summary>
/// Time constants of the <see cref="Hamilton2002Detector"/> in samples at the canonical 250 Hz rate.
/// </summary>
/// <remarks>
/// Hamilton's open-source detector (OSEA) defines every constant in milliseconds and rounds it at the
/// build's sampling rate (<c>MSxx = (int)(xx / (1000 / rate) + 0.5)</c>); these are those roundings at 250 Hz.
/// </remarks>
public static class Hamilton2002Timing
{
    /// <summary>The sampling rate every constant here is expressed at, in hertz.</summary>
    public const int SampleRateHz = 250;

    /// <summary>10 ms: span of the slope (first difference) used for T-wave and baseline-shift tests.</summary>
    public const int Ms10 = 3;

    /// <summary>25 ms: half the length of the QRS low-pass comb (the low-pass is two 25 ms boxcars).</summary>
    public const int Ms25 = 6;

    /// <summary>80 ms: width of the moving-window integrator.</summary>
    public const int Ms80 = 20;

    /// <summary>95 ms: a local maximum is confirmed when no higher value follows within this time.</summary>
    public const int Ms95 = 24;

    /// <summary>125 ms: length of the moving average the QRS high-pass subtracts.</summary>
    public const int Ms125 = 31;

    /// <summary>150 ms: largest spacing of the up- and down-slope of one QRS complex.</summary>
    public const int Ms150 = 38;

    /// <summary>195 ms: pre-blanking; a peak is held this long in case a larger one follows (the refractory period).</summary>
    public const int Ms195 = 49;

    /// <summary>220 ms: window searched for the QRS slopes.</summary>
    public const int Ms220 = 55;

    /// <summary>360 ms: a peak closer than this to the previous beat may be a T wave.</summary>
    public const int Ms360 = 90;

    /// <summary>1 s.</summary>
    public const int Ms1000 = 250;

    /// <summary>1.5 s: initial search-back interval.</summary>
    public const int Ms1500 = 375;
}
