using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>One fold of a stress test: its held-out beats, labelled by the fold model(s) as recorded and as simulated.</summary>
/// <param name="Held">The fold's held-out beats as recorded.</param>
/// <param name="Flags">The simulation's mark on each row (removed beat, simulated premature beat, ...).</param>
/// <param name="Recorded">The fold model(s)' label of each row as recorded.</param>
/// <param name="Simulated">Their label of each row in the simulated view.</param>
internal sealed record SimulatedFold(BeatDataset Held, bool[] Flags, AamiClass[] Recorded, AamiClass[] Simulated);

/// <summary>The scaffold the rhythm stress tests share (<see cref="BlockStress"/>, <see cref="ApcStress"/>).</summary>
internal static class SimulatedFolds
{
    /// <summary>Scores each fold's held-out records as recorded and in the view <paramref name="simulate"/> makes of them.</summary>
    /// <param name="dataset">Beats of every record.</param>
    /// <param name="records">The records, assigned to folds by <see cref="InterPatientSplit.Fold"/> as in the runs.</param>
    /// <param name="folds">Number of folds of the runs.</param>
    /// <param name="runDirectories">Folders holding <c>fold0.onnx</c>..; more than one = mean of their probabilities.</param>
    /// <param name="simulate">Makes the simulated view of a fold's held-out beats and its per-row marks.</param>
    public static IEnumerable<SimulatedFold> Score(BeatDataset dataset, IReadOnlyList<string> records, int folds, IReadOnlyList<string> runDirectories,
        Func<BeatDataset, (BeatDataset View, bool[] Flags)> simulate)
    {
        for (int k = 0; k < folds; k++)
        {
            BeatDataset held = dataset.SelectRecords(InterPatientSplit.Fold(records, folds, k).Validation);
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
