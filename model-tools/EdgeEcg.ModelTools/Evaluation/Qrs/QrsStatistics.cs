namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>Gross (pooled) or average (mean over records) sensitivity and positive predictivity, in percent.</summary>
/// <param name="Se">Sensitivity, percent.</param>
/// <param name="Ppv">Positive predictivity, percent.</param>
/// <param name="Tp">Pooled true positives (gross statistics), or the total (average statistics).</param>
/// <param name="Fn">Pooled false negatives.</param>
/// <param name="Fp">Pooled false positives.</param>
public sealed record QrsStatistics(double Se, double Ppv, long Tp, long Fn, long Fp);
