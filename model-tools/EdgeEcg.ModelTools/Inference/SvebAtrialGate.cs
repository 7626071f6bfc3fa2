using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// A gate on supraventricular calls from atrial activity: a beat the classifier labels S is reported N when the atrial
/// activity before the recent beats is disorganised (<see cref="AtrialOrganisation"/> below <see cref="Threshold"/>), as
/// in atrial fibrillation, where EC57 counts every conducted beat as N however short its RR. Unlike the RR gate
/// (<see cref="SvebAfGate"/>) it does not look at the rhythm, so an irregular atrial tachyarrhythmia or frequent premature
/// beats with organised P waves keep their S calls. N, V, F and Q labels, and beats whose organisation is not known yet,
/// are left alone.
/// </summary>
/// <remarks>
/// The threshold was fixed from DS1 beat distributions before any model was scored with it (cv-ds1.md, session 12): below
/// 0.5 lie 54 % and 73 % of the N beats in 201's and 203's fibrillation and 3.5 % of DS1's S beats outside fibrillation.
/// </remarks>
public static class SvebAtrialGate
{
    /// <summary>Organisation below which an S call is reported N.</summary>
    public const float Threshold = 0.5f;

    /// <summary>
    /// The rule's name in model metadata and reports: the measure's settings (best of 2 earlier regions, median of 16),
    /// the threshold and the version. A model naming another version is refused rather than run with this one.
    /// </summary>
    public const string Name = "porg2-med16-050-v1";

    /// <summary>Checks the name a model's metadata gives the gate.</summary>
    /// <param name="text">The metadata value.</param>
    /// <returns>True (the gate is on) when the text is <see cref="Name"/>.</returns>
    /// <exception cref="ArgumentException">Any other text (the message names it and the version this build has).</exception>
    public static bool Parse(string text) => NamedRule.Parse(text, Name, "atrial gate");

    /// <summary>Which beats the gate flags: organisation known and below <see cref="Threshold"/>.</summary>
    /// <param name="organisation">Each beat's <see cref="AtrialOrganisation.Compute"/> value (NaN: unknown).</param>
    public static bool[] Flags(float[] organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var flags = new bool[organisation.Length];
        for (int i = 0; i < flags.Length; i++)
            flags[i] = organisation[i] < Threshold; // false for NaN
        return flags;
    }

    /// <summary>Relabels the S calls of beats with disorganised atrial activity as N, in place.</summary>
    /// <param name="labels">Predicted class of each beat.</param>
    /// <param name="organisation">Each beat's organisation (same length).</param>
    /// <returns>How many S calls were reported N.</returns>
    public static int Apply(AamiClass[] labels, float[] organisation) => SCallRelabel.ToNormal(labels, Flags(organisation), "atrial organisation values");
}
