namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>The label of one side of a pair in the bxb comparison.</summary>
internal enum MatchLabel
{
    /// <summary>Nothing yet (before the first annotation); pairs with it are not counted.</summary>
    None = 0,

    /// <summary>A beat.</summary>
    Beat,

    /// <summary>No beat here (bxb's pseudo-beat 'O').</summary>
    Missing,

    /// <summary>No beat, during the other annotator's shutdown (bxb's 'X').</summary>
    Shutdown,

    /// <summary>During reference-marked VF, or past the end of the file (bxb's '*'): never counted.</summary>
    Excluded,
}
