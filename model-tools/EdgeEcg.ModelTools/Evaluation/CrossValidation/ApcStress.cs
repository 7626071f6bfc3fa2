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
/// model(s) as recorded and with simulated episodes of frequent atrial premature beats and sinus pauses
/// (<see cref="ApcAugmentation"/>, every record), counting the simulated early beats called S, the recorded S beats
/// found, and the untouched N beats called S. When early beats are the majority of an episode, RR references that
/// describe the ectopic rhythm hide them (DS2 record 232's failure).
/// </summary>
public static class ApcStress
{
    /// <summary>Seed of the simulated episodes (fixed, so runs are compared on the same stress).</summary>
    public const int Seed = 99;

    /// <summary>Scores the fold models of the given run folders (more than one folder: their ensemble).</summary>
    /// <param name="dataset">Beats of every record in <paramref name="records"/> (one copy of each record).</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="runDirectories">Folders holding <c>fold0.onnx</c>..; more than one = mean of their probabilities.</param>
    /// <param name="earlyProbability">Range of each episode's probability of an early beat (default <see cref="ApcAugmentation.EarlyProbability"/>).</param>
    /// <param name="rules">
    /// Rules on S calls applied in both scorings (<see cref="SimulatedFold.ApplySRules"/>): the RR rules at the recorded
    /// and the simulated beat times, the atrial gate with each beat's organisation as recorded (a simulated premature beat
    /// keeps its P region, as it keeps its image). The sinus P veto is left out here: a simulated premature beat keeps its
    /// recorded sinus P wave, which a real one does not have, so the veto would take back every simulated S call.
    /// </param>
    /// <param name="detected">The device chain's beats of every record; needed by the atrial gate.</param>
    /// <param name="patients">Which records share a patient, as in the runs; null for one patient per record.</param>
    public static ApcStressResult Measure(BeatDataset dataset, IReadOnlyList<string> records, int folds, IReadOnlyList<string> runDirectories,
        (double Min, double Max)? earlyProbability = null, LabelRules? rules = null,
        IReadOnlyDictionary<string, DetectedBeats>? detected = null, PatientGroups? patients = null)
    {
        LabelRules sRules = (rules ?? LabelRules.None) with { SinusVeto = null };
        SimulatedFolds.RequireDetected(sRules, detected);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(runDirectories);
        long early = 0, earlyFound = 0;
        var tally = new TwoViewTally();
        ApcAugmentation? simulation = null; // the current fold's, set before the fold is scored
        IEnumerable<SimulatedFold> scored = SimulatedFolds.Score(dataset, records, folds, runDirectories, held =>
        {
            simulation = ApcAugmentation.Simulate(held, Seed, earlyProbability);
            return (simulation.ForEpoch(held, 1.0, new Random(Seed), out bool[] madeEarly), madeEarly);
        }, patients);
        foreach (SimulatedFold fold in scored)
        {
            fold.ApplySRules(sRules, simulation!.SimulatedSamples, absentWhenSimulated: null, detected);
            for (int i = 0; i < fold.Held.Count; i++)
            {
                if (!fold.Flags[i])
                {
                    tally.Add(fold, i);
                    continue;
                }
                early++;
                if (fold.Simulated[i] == AamiClass.S)
                    earlyFound++;
            }
        }
        return new ApcStressResult(early, earlyFound, tally.Normal, tally.NormalCalledS[0], tally.NormalCalledS[1], tally.SBeats, tally.SFound[0], tally.SFound[1]);
    }
}

/// <summary>Counts of <see cref="ApcStress"/>.</summary>
/// <param name="EarlyBeats">Simulated early beats (labelled S in the simulation).</param>
/// <param name="EarlyFound">Simulated early beats called S.</param>
/// <param name="NormalBeats">N beats the simulation left N.</param>
/// <param name="NormalCalledS">Those called S as recorded.</param>
/// <param name="NormalCalledSSimulated">Those called S with the simulated episodes.</param>
/// <param name="SBeats">Recorded S beats.</param>
/// <param name="SFound">Recorded S beats called S as recorded.</param>
/// <param name="SFoundSimulated">Recorded S beats called S with the simulated episodes.</param>
public sealed record ApcStressResult(long EarlyBeats, long EarlyFound, long NormalBeats, long NormalCalledS, long NormalCalledSSimulated,
    long SBeats, long SFound, long SFoundSimulated)
{
    /// <summary>One line: simulated early beats found, and N→S and S Se recorded against simulated, in percent.</summary>
    public string ToSummary() => string.Create(CultureInfo.InvariantCulture,
        $"simulated premature beats called S {Percent(EarlyFound, EarlyBeats):F1} % ({EarlyFound} of {EarlyBeats}); " +
        $"N->S {Percent(NormalCalledS, NormalBeats):F2} % recorded, {Percent(NormalCalledSSimulated, NormalBeats):F2} % simulated ({NormalBeats} N beats); " +
        $"recorded S Se {Percent(SFound, SBeats):F1} % vs {Percent(SFoundSimulated, SBeats):F1} % ({SBeats} S beats)");

    private static double Percent(long part, long whole) => whole == 0 ? double.NaN : 100.0 * part / whole;
}
