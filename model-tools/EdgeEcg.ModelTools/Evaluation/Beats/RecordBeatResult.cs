using EdgeEcg.ModelTools.Evaluation.Matching;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>Beat classification and detection results of one record.</summary>
/// <param name="Record">Record name.</param>
/// <param name="Ec57">Class counts from the end of the learning period (EC57).</param>
/// <param name="AllBeats">Class counts over every beat.</param>
/// <param name="QrsEc57">QRS detection counts from the end of the learning period (bxb matcher).</param>
/// <param name="QrsAllBeats">QRS detection counts over every beat.</param>
/// <param name="NoiseRejectedV">V calls reported as Q by a <see cref="Inference.VebNoiseReject"/> (0 without one).</param>
/// <param name="SinusVetoedS">S calls reported as N by a <see cref="Inference.SvebSinusVeto"/> (0 without one).</param>
/// <param name="AfGatedS">S calls reported as N by the <see cref="Inference.SvebAfGate"/> (0 without it).</param>
/// <param name="RunVetoedS">S calls reported as N by the <see cref="Inference.SvebRunVeto"/> (0 without it).</param>
/// <param name="AtrialGatedS">S calls reported as N by the <see cref="Inference.SvebAtrialGate"/> (0 without it).</param>
public sealed record RecordBeatResult(string Record, ClassCounts Ec57, ClassCounts AllBeats, MatchCounts QrsEc57, MatchCounts QrsAllBeats,
    int NoiseRejectedV = 0, int SinusVetoedS = 0, int AfGatedS = 0, int RunVetoedS = 0, int AtrialGatedS = 0);
