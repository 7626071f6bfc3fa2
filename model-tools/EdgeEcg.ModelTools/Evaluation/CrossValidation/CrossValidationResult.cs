using System.Collections.Generic;
using EdgeEcg.ModelTools.Evaluation.Beats;

namespace EdgeEcg.ModelTools.Evaluation.CrossValidation;

/// <summary>The held-out results of one cross-validation run.</summary>
/// <param name="Records">EC57 results of every record, each scored by the model of the fold that held it out, in split order.</param>
/// <param name="ModelsSha256">SHA-256 over the fold models' ONNX bytes in fold order (identifies the run's models).</param>
/// <param name="ModelBytes">Total size of the fold models.</param>
public sealed record CrossValidationResult(IReadOnlyList<RecordBeatResult> Records, string ModelsSha256, long ModelBytes);
