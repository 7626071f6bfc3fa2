using System;

namespace EdgeEcg.ModelTools.Training;

/// <summary>One progress report of a training run.</summary>
/// <param name="Epoch">Current epoch (1-based).</param>
/// <param name="Epochs">Total epochs.</param>
/// <param name="Batch">Batches done in this epoch.</param>
/// <param name="Batches">Batches per epoch.</param>
/// <param name="Loss">Mean training loss of this epoch so far.</param>
/// <param name="Metrics">Per-class metrics text (validation at the end of an epoch, training otherwise).</param>
/// <param name="Remaining">Estimated time left for the whole run.</param>
public sealed record TrainingProgress(int Epoch, int Epochs, int Batch, int Batches, double Loss, string Metrics, TimeSpan Remaining)
{
    /// <summary>A one-line summary for a terminal.</summary>
    public override string ToString() => $"{ToLogLine()} | left {Remaining:hh\\:mm\\:ss}";

    /// <summary>
    /// The summary without the time left, for the epoch log that model metadata records: the same run then writes the
    /// same log (the time left depends on the machine's load).
    /// </summary>
    public string ToLogLine() => $"epoch {Epoch}/{Epochs} batch {Batch}/{Batches} loss {Loss:F4} | {Metrics}";
}
