using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>One fold of a stress test: its held-out beats, labelled by the fold model(s) as recorded and as simulated.</summary>
/// <param name="Held">The fold's held-out beats as recorded.</param>
/// <param name="Flags">The simulation's mark on each row (removed beat, simulated premature beat, ...).</param>
/// <param name="Recorded">The fold model(s)' label of each row as recorded.</param>
/// <param name="Simulated">Their label of each row in the simulated view.</param>
internal sealed record SimulatedFold(BeatDataset Held, bool[] Flags, AamiClass[] Recorded, AamiClass[] Simulated)
{
    /// <summary>
    /// Applies the S rules of <paramref name="rules"/> to both views, in <see cref="LabelRules"/>' order: the sinus P veto
    /// and the atrial gate with each row's P-wave measure as the device chain found it in the recording; the RR
    /// fibrillation gate and the run veto at the held-out beats' own times as recorded, and at
    /// <paramref name="simulatedSamples"/> in the simulated view. The V noise reject is not applied: it changes only V
    /// calls, which the stresses do not count.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="simulatedSamples">Each row's beat time in the simulated view.</param>
    /// <param name="absentWhenSimulated">Rows that are no beat in the simulated view, or null.</param>
    /// <param name="detected">The chain's beats of every record (the rows must be among them); needed by the P-wave rules (<see cref="SimulatedFolds.RequireDetected"/>).</param>
    public void ApplySRules(LabelRules rules, IReadOnlyList<long> simulatedSamples, bool[]? absentWhenSimulated,
        IReadOnlyDictionary<string, DetectedBeats>? detected)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.SinusVeto is not null)
        {
            float[] correlation = DetectedRowValues.Of(Held, detected!, d => d.SinusPCorrelation, "sinus P veto");
            rules.SinusVeto.Apply(Recorded, correlation);
            rules.SinusVeto.Apply(Simulated, correlation);
        }
        if (rules.AfGate)
        {
            SvebAfGate.Apply(Recorded, AtrialFibrillationFlags.ForRows(Held, Recorded, Held.Samples));
            SvebAfGate.Apply(Simulated, AtrialFibrillationFlags.ForRows(Held, Simulated, simulatedSamples, absentWhenSimulated));
        }
        if (rules.RunVeto)
        {
            SvebRunVeto.Apply(Recorded, SvebRunVeto.ForRows(Held, Held.Samples));
            SvebRunVeto.Apply(Simulated, SvebRunVeto.ForRows(Held, simulatedSamples, absentWhenSimulated));
        }
        if (rules.AtrialGate)
        {
            float[] organisation = DetectedRowValues.Of(Held, detected!, d => d.AtrialOrganisation, "atrial gate");
            SvebAtrialGate.Apply(Recorded, organisation);
            SvebAtrialGate.Apply(Simulated, organisation);
        }
    }
}

/// <summary>
/// What both stress tests count over the rows the simulation left as they were: N and S beats, N beats called S and S
/// beats found, as recorded and as simulated.
/// </summary>
internal sealed class TwoViewTally
{
    /// <summary>N beats.</summary>
    public long Normal { get; private set; }

    /// <summary>S beats.</summary>
    public long SBeats { get; private set; }

    /// <summary>N beats called S: [0] as recorded, [1] as simulated.</summary>
    public long[] NormalCalledS { get; } = new long[2];

    /// <summary>S beats called S: [0] as recorded, [1] as simulated.</summary>
    public long[] SFound { get; } = new long[2];

    /// <summary>Counts row <paramref name="i"/> of a fold.</summary>
    /// <param name="fold">The fold.</param>
    /// <param name="i">Row.</param>
    public void Add(SimulatedFold fold, int i)
    {
        AamiClass reference = fold.Held.Labels[i];
        if (reference == AamiClass.N)
            Normal++;
        else if (reference == AamiClass.S)
            SBeats++;
        AamiClass[] recorded = fold.Recorded, simulated = fold.Simulated;
        for (int v = 0; v < 2; v++)
        {
            AamiClass called = (v == 0 ? recorded : simulated)[i];
            if (reference == AamiClass.N && called == AamiClass.S)
                NormalCalledS[v]++;
            if (reference == AamiClass.S && called == AamiClass.S)
                SFound[v]++;
        }
    }
}

/// <summary>The scaffold the rhythm stress tests share (<see cref="BlockStress"/>, <see cref="ApcStress"/>).</summary>
internal static class SimulatedFolds
{
    /// <summary>Refuses rules that need the chain's P-wave measures when the detected beats are missing, naming the rule.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="detected">The chain's beats of every record, or null.</param>
    public static void RequireDetected(LabelRules rules, IReadOnlyDictionary<string, DetectedBeats>? detected)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (detected is not null)
            return;
        if (rules.SinusVeto is not null)
            throw new ArgumentException("the sinus P veto needs the detected beats of every record", nameof(detected));
        if (rules.AtrialGate)
            throw new ArgumentException("the atrial gate needs the detected beats of every record", nameof(detected));
    }

    /// <summary>Scores each fold's held-out records as recorded and in the view <paramref name="simulate"/> makes of them.</summary>
    /// <param name="dataset">Beats of every record.</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="runDirectories">Folders holding <c>fold0.onnx</c>..; more than one = mean of their probabilities.</param>
    /// <param name="simulate">Makes the simulated view of a fold's held-out beats and its per-row marks.</param>
    /// <param name="patients">Which records share a patient, as in the runs; null for one patient per record.</param>
    public static IEnumerable<SimulatedFold> Score(BeatDataset dataset, IReadOnlyList<string> records, int folds, IReadOnlyList<string> runDirectories,
        Func<BeatDataset, (BeatDataset View, bool[] Flags)> simulate, PatientGroups? patients = null)
    {
        for (int k = 0; k < folds; k++)
        {
            BeatDataset held = dataset.SelectRecords(InterPatientSplit.Fold(records, folds, k, patients).Validation);
            var (view, flags) = simulate(held);
            AamiClass[] recorded, simulated;
            using (FoldEnsemble members = FoldEnsemble.Open(runDirectories, k))
            {
                recorded = members.Labels(held);
                simulated = members.Labels(view);
            }
            yield return new SimulatedFold(held, flags, recorded, simulated);
        }
    }
}
