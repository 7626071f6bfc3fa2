namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>One annotation as the beat-by-beat comparison sees it: a time and a <see cref="MatchEventKind"/>.</summary>
/// <param name="Time">Sample number at the record's sampling rate.</param>
/// <param name="Kind">What the annotation means to the comparison.</param>
public readonly record struct MatchEvent(long Time, MatchEventKind Kind)
{
    /// <summary>Classifies a NOISE annotation by its subtype as bxb does: both bits 4 and 5 set means shutdown.</summary>
    /// <param name="time">Sample number of the annotation.</param>
    /// <param name="subType">The annotation's subtype (−1 marks all signals unreadable).</param>
    public static MatchEvent FromNoise(long time, int subType) =>
        new(time, (subType & 0x30) == 0x30 ? MatchEventKind.ShutdownOn : MatchEventKind.Noise);
}
