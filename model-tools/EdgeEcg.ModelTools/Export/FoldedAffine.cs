namespace EdgeEcg.ModelTools.Export;

/// <summary>A per-feature affine map as exported (a folded batch normalisation): y[i] = x[i]·Scale[i] + Shift[i].</summary>
/// <param name="Scale">Multiplier per feature.</param>
/// <param name="Shift">Offset per feature.</param>
public sealed record FoldedAffine(float[] Scale, float[] Shift);
