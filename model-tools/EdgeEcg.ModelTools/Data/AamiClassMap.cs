using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Data;

/// <summary>Maps MIT-BIH beat annotation codes to the AAMI EC57 classes (table in docs/EVALUATION.md).</summary>
public static class AamiClassMap
{
    /// <summary>Version of this mapping; part of the dataset settings hash.</summary>
    public const int Version = 1;

    /// <summary>The AAMI class of a beat code, or null for codes outside the AAMI table (non-beats and e.g. 'n', '?').</summary>
    /// <param name="code">MIT annotation code.</param>
    public static AamiClass? FromCode(AnnotationCode code) => code switch
    {
        AnnotationCode.Normal or AnnotationCode.Lbbb or AnnotationCode.Rbbb or AnnotationCode.AEscape or AnnotationCode.NEscape => AamiClass.N,
        AnnotationCode.Apc or AnnotationCode.Aberrant or AnnotationCode.Npc or AnnotationCode.Svpb => AamiClass.S,
        AnnotationCode.Pvc or AnnotationCode.VEscape => AamiClass.V,
        AnnotationCode.Fusion => AamiClass.F,
        AnnotationCode.Pace or AnnotationCode.PFusion or AnnotationCode.Unknown => AamiClass.Q,
        _ => null,
    };
}
