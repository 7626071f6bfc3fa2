using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Bookkeeping of a checkpoint directory: which epoch is complete, the best validation score so far and the
/// options the run was started with (a checkpoint made with other options is refused, not silently resumed).
/// </summary>
/// <param name="CompletedEpochs">Epochs finished and saved in <c>last.bin</c>.</param>
/// <param name="BestEpoch">Epoch with the best validation macro-F1 (saved in <c>best.bin</c>), 0 when none.</param>
/// <param name="BestScore">Best validation macro-F1 (percent), or NaN.</param>
/// <param name="Options">The training options as JSON.</param>
/// <param name="EpochLog">The summary line of every completed epoch (null in checkpoints written before it was kept).</param>
public sealed record TrainingCheckpoint(int CompletedEpochs, int BestEpoch, double BestScore, string Options,
    IReadOnlyList<string>? EpochLog = null)
{
    /// <summary>File holding this record inside a checkpoint directory.</summary>
    public const string StateFile = "state.json";

    /// <summary>Weights after the last completed epoch.</summary>
    public const string LastWeightsFile = "last.bin";

    /// <summary>Optimiser state after the last completed epoch.</summary>
    public const string OptimizerFile = "optimizer.bin";

    /// <summary>Weights of the best validation epoch.</summary>
    public const string BestWeightsFile = "best.bin";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Reads the state of a checkpoint directory, or null when there is none.</summary>
    /// <param name="directory">Checkpoint directory.</param>
    public static TrainingCheckpoint? TryRead(string directory)
    {
        string path = Path.Combine(directory, StateFile);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<TrainingCheckpoint>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty checkpoint state");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: unreadable checkpoint state (line {e.LineNumber}): {e.Message}", e);
        }
    }

    /// <summary>Writes this state into a checkpoint directory (atomically, via a temporary file).</summary>
    /// <param name="directory">Checkpoint directory.</param>
    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, StateFile);
        string tmp = path + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(this, Json));
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>The options serialised the way checkpoints record them.</summary>
    /// <param name="options">Training options.</param>
    public static string Describe(TrainingOptions options) =>
        JsonSerializer.Serialize(options with { CheckpointDirectory = null, Epochs = 0 });

    /// <summary>Throws when this checkpoint was made with other options.</summary>
    /// <param name="options">Options of the run that wants to resume.</param>
    /// <param name="directory">Checkpoint directory (for the message).</param>
    public void EnsureCompatible(TrainingOptions options, string directory)
    {
        string mine = Describe(options);
        if (!string.Equals(mine, Options, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"checkpoint in {directory} was made with other training options; delete it or use another directory.{Environment.NewLine}checkpoint: {Options}{Environment.NewLine}this run:   {mine}");
    }
}
