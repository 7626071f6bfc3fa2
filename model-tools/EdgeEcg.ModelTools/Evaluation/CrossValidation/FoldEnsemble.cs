using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Training;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>
/// The models one fold of one or more cross-validation runs saved (<c>fold{k}.onnx</c> in each run folder), labelling
/// beats by their mean probability (<see cref="EnsembleAverage"/>; one folder = that run's model alone).
/// </summary>
public sealed class FoldEnsemble : IDisposable
{
    private readonly List<OnnxBeatClassifier> members;

    private FoldEnsemble(List<OnnxBeatClassifier> members, long bytes)
    {
        this.members = members;
        Bytes = bytes;
    }

    /// <summary>Total size of the member files.</summary>
    public long Bytes { get; }

    /// <summary>Opens <c>fold{fold}.onnx</c> of every run folder.</summary>
    /// <param name="runDirectories">At least one run folder.</param>
    /// <param name="fold">Fold index.</param>
    /// <param name="onModel">Receives each member's bytes in folder order (e.g. for a hash), or null.</param>
    /// <exception cref="FileNotFoundException">A folder lacks the fold's model (the message names the file).</exception>
    public static FoldEnsemble Open(IReadOnlyList<string> runDirectories, int fold, Action<byte[]>? onModel = null)
    {
        ArgumentNullException.ThrowIfNull(runDirectories);
        if (runDirectories.Count == 0)
            throw new ArgumentException("no run folder given", nameof(runDirectories));
        var members = new List<OnnxBeatClassifier>();
        long bytes = 0;
        try
        {
            foreach (string dir in runDirectories)
            {
                string path = Path.Combine(dir, $"fold{fold}.onnx");
                if (!File.Exists(path))
                    throw new FileNotFoundException($"fold model {path} not found (each run folder needs one model per fold)", path);
                byte[] model = File.ReadAllBytes(path);
                onModel?.Invoke(model);
                bytes += model.Length;
                members.Add(new OnnxBeatClassifier(model, path));
            }
        }
        catch
        {
            foreach (OnnxBeatClassifier m in members)
                m.Dispose();
            throw;
        }
        return new FoldEnsemble(members, bytes);
    }

    /// <summary>The class with the highest mean probability over the members, for every beat.</summary>
    /// <param name="beats">Beats with the members' input features.</param>
    public AamiClass[] Labels(BeatDataset beats) => TorchBeatPredictor.ArgMax(
        EnsembleAverage.LogMeanProbability(members.Select(m => m.Logits(beats)).ToList()), OnnxBeatClassifier.ClassCount);

    /// <summary>Releases the ONNX Runtime sessions.</summary>
    public void Dispose()
    {
        foreach (OnnxBeatClassifier m in members)
            m.Dispose();
    }
}
