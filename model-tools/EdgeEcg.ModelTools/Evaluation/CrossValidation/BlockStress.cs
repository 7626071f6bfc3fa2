using System;
using System.Collections.Generic;
using System.Globalization;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>
/// A stress test of the rhythm path without DS2: every held-out record of a cross-validation run is scored by its fold
/// model(s) twice on its reference beats, as recorded and under simulated intermittent 2:1 AV block
/// (<see cref="BlockAugmentation"/>, episodes only), counting N beats called S and S beats found on the beats present
/// in both. With RR features alone, normal beats after a block episode look premature (DS2 record 231).
/// </summary>
public static class BlockStress
{
    /// <summary>Seed of the simulated episodes (fixed, so runs are compared on the same stress).</summary>
    public const int Seed = 99;

    /// <summary>Scores the fold models of the given run folders (more than one folder: their ensemble).</summary>
    /// <param name="dataset">Reference beats of every record in <paramref name="records"/>.</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="runDirectories">Folders holding <c>fold0.onnx</c>..; more than one = mean of their probabilities.</param>
    /// <param name="rules">
    /// Rules on S calls applied in both scorings (<see cref="SimulatedFold.ApplySRules"/>): the P-wave rules with the
    /// recorded P wave (a conducted beat keeps its sinus P wave under block), the RR rules on the beats each view has.
    /// The sinus P veto and the atrial gate need <paramref name="detected"/>.
    /// </param>
    /// <param name="detected">The device chain's beats of every record; the dataset's rows must be among them (a dataset of detected beats).</param>
    /// <param name="patients">Which records share a patient, as in the runs; null for one patient per record.</param>
    public static BlockStressResult Measure(BeatDataset dataset, IReadOnlyList<string> records, int folds, IReadOnlyList<string> runDirectories,
        LabelRules? rules = null, IReadOnlyDictionary<string, DetectedBeats>? detected = null, PatientGroups? patients = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(runDirectories);
        rules ??= LabelRules.None;
        SimulatedFolds.RequireDetected(rules, detected);
        var tally = new TwoViewTally();
        IEnumerable<SimulatedFold> scored = SimulatedFolds.Score(dataset, records, folds, runDirectories, held =>
            (BlockAugmentation.Simulate(held, Seed).ForEpoch(held, 1.0, new Random(Seed), out bool[] removed), removed), patients);
        foreach (SimulatedFold fold in scored)
        {
            fold.ApplySRules(rules, fold.Held.Samples, absentWhenSimulated: fold.Flags, detected); // the beats left keep their times
            for (int i = 0; i < fold.Held.Count; i++)
                if (!fold.Flags[i]) // removed under block
                    tally.Add(fold, i);
        }
        return new BlockStressResult(tally.Normal, tally.NormalCalledS[0], tally.NormalCalledS[1], tally.SBeats, tally.SFound[0], tally.SFound[1]);
    }
}

/// <summary>Counts of <see cref="BlockStress"/> over the beats present both as recorded and under simulated block.</summary>
/// <param name="NormalBeats">N beats.</param>
/// <param name="NormalCalledS">N beats called S as recorded.</param>
/// <param name="NormalCalledSUnderBlock">N beats called S under simulated block.</param>
/// <param name="SBeats">S beats.</param>
/// <param name="SFound">S beats called S as recorded.</param>
/// <param name="SFoundUnderBlock">S beats called S under simulated block.</param>
public sealed record BlockStressResult(long NormalBeats, long NormalCalledS, long NormalCalledSUnderBlock, long SBeats, long SFound, long SFoundUnderBlock)
{
    /// <summary>One line: N→S and S Se, recorded against under block, in percent.</summary>
    public string ToSummary() => string.Create(CultureInfo.InvariantCulture,
        $"N->S {Percent(NormalCalledS, NormalBeats):F2} % recorded, {Percent(NormalCalledSUnderBlock, NormalBeats):F2} % under simulated 2:1 block " +
        $"({NormalBeats} N beats); S Se {Percent(SFound, SBeats):F1} % vs {Percent(SFoundUnderBlock, SBeats):F1} % ({SBeats} S beats)");

    private static double Percent(long part, long whole) => whole == 0 ? double.NaN : 100.0 * part / whole;
}
