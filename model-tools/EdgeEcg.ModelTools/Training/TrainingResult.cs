using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Outcome of a training run.</summary>
/// <param name="Network">The selected network (best validation epoch, or the last epoch without validation).</param>
/// <param name="SelectedEpoch">Epoch the returned weights come from.</param>
/// <param name="ValidationMacroF1">Validation macro-F1 over N/S/V of the selected epoch (percent), NaN without validation.</param>
/// <param name="EpochLog">One summary line per epoch, those of a resumed checkpoint first.</param>
public sealed record TrainingResult(BeatMobileNet Network, int SelectedEpoch, double ValidationMacroF1, IReadOnlyList<string> EpochLog);
