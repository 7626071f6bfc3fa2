using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// A gate on supraventricular calls: a beat the classifier labels S is reported N when the device's RR detector places
/// it in atrial fibrillation (<see cref="AtrialFibrillationFlags"/>). In fibrillation every conducted beat comes at an
/// irregular interval and a short one is not premature, so an S call there is by definition false (EC57 counts the
/// beats of fibrillation as N); the classifier's rhythm features only partly learn that from DS1's two patients with
/// fibrillation. N, V, F and Q labels are left alone.
/// </summary>
/// <remarks>
/// Off unless asked for (<c>--af-gate</c>). On DS1 (cross-validation, 0.9.1's configuration) it raised SVEB +P from 72.50
/// to 76.79 % at Se 63.98 → 63.65 %; on DS2 it cost S beats in irregular atrial tachyarrhythmia that the RR detector
/// takes for fibrillation (record 222: 71 → 8 found), and the candidate model 0.9.2 that shipped it was rejected
/// (cv-ds1.md, session 10).
/// </remarks>
public static class SvebAfGate
{
    /// <summary>
    /// The rule's name in model metadata and reports: the detector and its settings (16-interval window, 32-beat minimum
    /// episode, version 1). A model naming another version is refused rather than run with this one.
    /// </summary>
    public const string Name = "rr16-min32-v1";

    /// <summary>Checks the name a model's metadata gives the gate.</summary>
    /// <param name="text">The metadata value.</param>
    /// <returns>True (the gate is on) when the text is <see cref="Name"/>.</returns>
    /// <exception cref="ArgumentException">Any other text (the message names it and the version this build has).</exception>
    public static bool Parse(string text) => NamedRule.Parse(text, Name, "atrial fibrillation gate");

    /// <summary>Relabels the S calls of beats in fibrillation as N, in place.</summary>
    /// <param name="labels">Predicted class of each beat.</param>
    /// <param name="inFibrillation">Each beat's flag (same length).</param>
    /// <returns>How many S calls were reported N.</returns>
    public static int Apply(AamiClass[] labels, bool[] inFibrillation) => SCallRelabel.ToNormal(labels, inFibrillation, "fibrillation flags");
}
