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
    /// <param name="sampleRateHz">Rate of the dataset's reference annotation samples.</param>
    /// <param name="sinusVeto">
    /// When set, S calls of beats with a sinus-like P wave are reported as N, in both scorings: the P wave is the recorded
    /// one (a conducted beat keeps its sinus P wave under block). Needs <paramref name="detected"/>.
    /// </param>
    /// <param name="afGate">
    /// When true, S calls of beats the RR detector places in atrial fibrillation are reported N in both scorings (under
    /// block the detector sees the beats that remain, <see cref="SvebAfGate"/>).
    /// </param>
    /// <param name="runVeto">Apply the run veto (<see cref="SvebRunVeto"/>) in both views, to the beats each view has.</param>
    /// <param name="atrialGate">Apply the atrial gate (<see cref="SvebAtrialGate"/>) in both views, with each beat's organisation as recorded.</param>
    /// <param name="detected">The device chain's beats of every record; the dataset's rows must be among them (a dataset of detected beats).</param>
    public static BlockStressResult Measure(BeatDataset dataset, IReadOnlyList<string> records, int folds, IReadOnlyList<string> runDirectories,
        double sampleRateHz = FilteredStream.SourceRateHz, SvebSinusVeto? sinusVeto = null, IReadOnlyDictionary<string, DetectedBeats>? detected = null, bool afGate = false, bool runVeto = false,
        bool atrialGate = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(runDirectories);
        if (sinusVeto is not null && detected is null)
            throw new ArgumentException("the sinus P veto needs the detected beats of every record", nameof(detected));
        if (atrialGate && detected is null)
            throw new ArgumentException("the atrial gate needs the detected beats of every record", nameof(detected));
        var tally = new TwoViewTally();
        IEnumerable<SimulatedFold> scored = SimulatedFolds.Score(dataset, records, folds, runDirectories, held =>
            (BlockAugmentation.Simulate(held, sampleRateHz, Seed).ForEpoch(held, 1.0, new Random(Seed), out bool[] removed), removed));
        foreach (SimulatedFold fold in scored)
        {
            if (sinusVeto is not null)
            {
                float[] correlation = DetectedRowValues.Of(fold.Held, detected!, d => d.SinusPCorrelation, "sinus P veto");
                sinusVeto.Apply(fold.Recorded, correlation);
                sinusVeto.Apply(fold.Simulated, correlation);
            }
            if (afGate)
                fold.GateFibrillation(fold.Held.Samples, sampleRateHz, absentWhenSimulated: fold.Flags); // the beats left keep their times
            if (runVeto)
                fold.VetoRuns(fold.Held.Samples, sampleRateHz, absentWhenSimulated: fold.Flags);
            if (atrialGate)
                fold.GateAtrial(detected!);
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
