namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// The rules a model ships with that change the classifier's labels before they are reported, applied in this order:
/// the V noise reject (<see cref="VebNoiseReject"/>), the sinus P veto (<see cref="SvebSinusVeto"/>) and the atrial
/// fibrillation gate (<see cref="SvebAfGate"/>, which sees the labels the first two left), then the run veto
/// (<see cref="SvebRunVeto"/>) and the atrial gate (<see cref="SvebAtrialGate"/>). Each is off when null or false.
/// </summary>
/// <param name="NoiseReject">V calls in noisy beat windows are reported Q.</param>
/// <param name="SinusVeto">S calls of beats with a sinus-like P wave are reported N.</param>
/// <param name="AfGate">S calls of beats the RR detector places in atrial fibrillation are reported N.</param>
/// <param name="RunVeto">S calls of beats in a regular run at a normal rate are reported N.</param>
/// <param name="AtrialGate">S calls of beats whose recent atrial activity is disorganised are reported N.</param>
public sealed record LabelRules(VebNoiseReject? NoiseReject = null, SvebSinusVeto? SinusVeto = null, bool AfGate = false, bool RunVeto = false,
    bool AtrialGate = false)
{
    /// <summary>No rule: the classifier's labels as they are.</summary>
    public static LabelRules None { get; } = new();
}
