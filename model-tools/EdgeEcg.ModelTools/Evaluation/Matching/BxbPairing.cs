using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>
/// Which beats <see cref="BxbMatcher.Compare"/> paired and which it left unpaired, as positions in its reference and
/// test event lists. Beats bxb does not score (before the start, inside reference ventricular flutter or fibrillation,
/// an unpaired test beat there) appear in none of the lists.
/// </summary>
public sealed class BxbPairing
{
    /// <summary>Paired beats: (reference position, test position).</summary>
    public List<(int Reference, int Test)> Paired { get; } = new();

    /// <summary>Reference beats without a test beat (false negatives, also those in a test shutdown).</summary>
    public List<int> MissedReference { get; } = new();

    /// <summary>Test beats without a reference beat (false positives).</summary>
    public List<int> ExtraTest { get; } = new();
}
