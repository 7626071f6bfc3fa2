namespace EdgeEcg.ModelTools.Export;

/// <summary>How activation ranges are chosen from calibration statistics.</summary>
public enum CalibrationMethod
{
    /// <summary>The observed minimum and maximum.</summary>
    MinMax,

    /// <summary>The 0.01 % and 99.99 % quantiles of the observed values (clips rare outliers).</summary>
    Percentile9999,

    /// <summary>The 0.1 % and 99.9 % quantiles.</summary>
    Percentile999,
}
