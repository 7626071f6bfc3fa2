namespace EdgeEcg.ModelTools.Inference;

/// <summary>How many labels each of the <see cref="LabelRules"/> changed in one record.</summary>
/// <param name="NoiseRejectedV">V calls the noise reject reported Q.</param>
/// <param name="SinusVetoedS">S calls the sinus P veto reported N.</param>
/// <param name="AfGatedS">S calls the atrial fibrillation gate reported N.</param>
/// <param name="RunVetoedS">S calls the run veto reported N.</param>
/// <param name="AtrialGatedS">S calls the atrial gate reported N.</param>
public readonly record struct RuleCounts(int NoiseRejectedV, int SinusVetoedS, int AfGatedS, int RunVetoedS, int AtrialGatedS);
