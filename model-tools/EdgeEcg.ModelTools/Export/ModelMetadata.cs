using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeEcg.ModelTools.Export;

/// <summary>The metadata JSON shipped next to a model: what it expects, how it was made, and how the export was checked.</summary>
public sealed class ModelMetadata
{
    /// <summary>Model version string.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>Output classes in logit order.</summary>
    public IReadOnlyList<string> Classes { get; init; } = new[] { "N", "S", "V", "F", "Q" };

    /// <summary>Input and output tensors (name → description).</summary>
    public required IReadOnlyDictionary<string, string> Tensors { get; init; }

    /// <summary>Quantisation description.</summary>
    public required IReadOnlyDictionary<string, string> Quantization { get; init; }

    /// <summary>DSP settings hash the model's inputs must be made with.</summary>
    public required string DspSettingsHash { get; init; }

    /// <summary>DSP settings text (canonical).</summary>
    public required string DspSettings { get; init; }

    /// <summary>Records the network was trained on.</summary>
    public required IReadOnlyList<string> TrainingRecords { get; init; }

    /// <summary>Records used for epoch selection (empty when none).</summary>
    public required IReadOnlyList<string> ValidationRecords { get; init; }

    /// <summary>Training options as JSON (of the first member; see <see cref="MemberTrainingOptions"/> when the members differ).</summary>
    public required string TrainingOptions { get; init; }

    /// <summary>
    /// Each ensemble member's training options as JSON, in member order, when they differ beyond the seed (members left out of
    /// <c>--augmented-seeds</c>); null (not written) when every member was trained alike.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? MemberTrainingOptions { get; init; }

    /// <summary>Seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Seeds of the ensemble members (member k is trained with <see cref="Seed"/> + k); one entry for a single network.</summary>
    public IReadOnlyList<int> MemberSeeds { get; init; } = System.Array.Empty<int>();

    /// <summary>Which training beats the model was trained on (<see cref="Data.BeatSource.Description"/>, e.g. <c>Detected</c>).</summary>
    public string TrainingBeats { get; init; } = nameof(Data.BeatPositions.Reference);

    /// <summary>Epoch whose weights were exported (of the first member; see <see cref="MemberSelectedEpochs"/>).</summary>
    public required int SelectedEpoch { get; init; }

    /// <summary>The epoch kept for each ensemble member, in member order (one entry for a single network).</summary>
    public IReadOnlyList<int> MemberSelectedEpochs { get; init; } = System.Array.Empty<int>();

    /// <summary>
    /// Ratio of the V noise reject rule shipped with the model (<see cref="Inference.VebNoiseReject"/>; also in the ONNX
    /// metadata as <see cref="Inference.OnnxBeatClassifier.NoiseRejectMetadataKey"/>), or null for none.
    /// </summary>
    public double? VebNoiseReject { get; init; }

    /// <summary>
    /// Threshold of the S veto shipped with the model (<see cref="Inference.SvebSinusVeto"/>; also in the ONNX metadata as
    /// <see cref="Inference.OnnxBeatClassifier.SinusVetoMetadataKey"/>), or null for none. None is not written, so bundles made
    /// before the veto existed read the same as the training recipe writes them today.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SvebSinusVeto { get; init; }

    /// <summary>
    /// The atrial fibrillation gate shipped with the model (<see cref="Inference.SvebAfGate.Name"/>; also in the ONNX
    /// metadata as <see cref="Inference.OnnxBeatClassifier.AfGateMetadataKey"/>), or null for none (then not written).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SvebAfGate { get; init; }

    /// <summary>
    /// The run veto shipped with the model (<see cref="Inference.SvebRunVeto.Name"/>; also in the ONNX metadata as
    /// <see cref="Inference.OnnxBeatClassifier.RunVetoMetadataKey"/>), or null for none (then not written).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SvebRunVeto { get; init; }

    /// <summary>
    /// The atrial gate shipped with the model (<see cref="Inference.SvebAtrialGate.Name"/>; also in the ONNX metadata as
    /// <see cref="Inference.OnnxBeatClassifier.AtrialGateMetadataKey"/>), or null for none (then not written).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SvebAtrialGate { get; init; }

    /// <summary>The command line that made the model.</summary>
    public required string Command { get; init; }

    /// <summary>Export checks.</summary>
    public required ExportResult Export { get; init; }

    /// <summary>Per-epoch training log.</summary>
    public required IReadOnlyList<string> EpochLog { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes the metadata as indented JSON.</summary>
    /// <param name="path">Target file.</param>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}
