namespace EdgeEcg.ModelTools.Data;

/// <summary>The five AAMI EC57 beat classes; the numeric values are the classifier's output indices.</summary>
public enum AamiClass : byte
{
    /// <summary>Normal and bundle-branch beats (N, L, R, e, j).</summary>
    N = 0,

    /// <summary>Supraventricular ectopic beats, SVEB (A, a, J, S).</summary>
    S = 1,

    /// <summary>Ventricular ectopic beats, VEB (V, E).</summary>
    V = 2,

    /// <summary>Fusion of ventricular and normal beats (F).</summary>
    F = 3,

    /// <summary>Paced or unclassifiable beats (/, f, Q).</summary>
    Q = 4,
}
