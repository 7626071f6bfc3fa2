namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>What an annotation means to a bxb-style beat-by-beat comparison.</summary>
public enum MatchEventKind
{
    /// <summary>Any annotation the comparison ignores (rhythm, notes, waves, ...).</summary>
    Ignored = 0,

    /// <summary>A beat annotation (WFDB <c>isqrs</c>).</summary>
    Beat,

    /// <summary>A NOISE annotation with bits 4 and 5 of the subtype set (e.g. subtype −1): all signals unreadable, "shutdown" begins.</summary>
    ShutdownOn,

    /// <summary>Any other NOISE annotation; it ends a shutdown when it follows one.</summary>
    Noise,

    /// <summary>VFON (<c>[</c>): start of ventricular flutter or fibrillation.</summary>
    VfOn,

    /// <summary>VFOFF (<c>]</c>): end of ventricular flutter or fibrillation.</summary>
    VfOff,
}
