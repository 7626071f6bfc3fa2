using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Export;
using EdgeEcg.ModelTools.Inference;
using Google.Protobuf;
using Onnx;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class OnnxBeatClassifierTests
{
    [Fact]
    public void MissingFile_NamesThePath()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new OnnxBeatClassifier("/nonexistent/model.onnx"));
        Assert.Contains("/nonexistent/model.onnx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageFile_IsRefusedWithItsName()
    {
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(new byte[] { 1, 2, 3, 4, 5 }, "junk.onnx"));
        Assert.Contains("junk.onnx", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A valid model with a <paramref name="side"/>×<paramref name="side"/> spectrogram input (Flatten + Gemm).</summary>
    private static byte[] TinyModel(int side, params (string Key, string Value)[] metadata)
    {
        var g = new OnnxGraphBuilder("tiny");
        g.AddInput(BeatNetOnnxExporter.SpectrogramInput, TensorProto.Types.DataType.Float, 1, side, side);
        g.AddInput(BeatNetOnnxExporter.RrInput, TensorProto.Types.DataType.Float, 7);
        g.AddNode("Flatten", new[] { BeatNetOnnxExporter.SpectrogramInput }, "flat", OnnxGraphBuilder.Int("axis", 1));
        string w = g.AddFloats("w", new float[5 * side * side], 5, side * side);
        g.AddNode("Gemm", new[] { "flat", w }, BeatNetOnnxExporter.LogitsOutput, OnnxGraphBuilder.Int("transB", 1));
        g.AddOutput(BeatNetOnnxExporter.LogitsOutput, TensorProto.Types.DataType.Float, new long[] { 5 });
        return g.ToModel("tiny", metadata.Select(m => new KeyValuePair<string, string>(m.Key, m.Value))).ToByteArray();
    }

    [Fact]
    public void NoiseRejectRule_IsReadFromTheModelMetadata_AndAbsentWithoutIt()
    {
        using var with = new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.NoiseRejectMetadataKey, "2.5")), "with.onnx");
        Assert.Equal(2.5, with.NoiseReject!.Ratio);
        using var without = new OnnxBeatClassifier(TinyModel(32), "without.onnx");
        Assert.Null(without.NoiseReject);
    }

    [Fact]
    public void ABrokenNoiseRejectRule_IsRefusedNamingTheModelAndTheKey()
    {
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.NoiseRejectMetadataKey, "-1")), "tampered.onnx"));
        Assert.Contains("tampered.onnx", e.Message, StringComparison.Ordinal);
        Assert.Contains(OnnxBeatClassifier.NoiseRejectMetadataKey, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SinusVeto_IsReadFromTheModelMetadata_AndAbsentWithoutIt()
    {
        using var with = new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.SinusVetoMetadataKey, "0.9")), "with.onnx");
        Assert.Equal(0.9, with.SinusVeto!.Threshold);
        using var without = new OnnxBeatClassifier(TinyModel(32), "without.onnx");
        Assert.Null(without.SinusVeto);
    }

    [Fact]
    public void ABrokenSinusVeto_IsRefusedNamingTheModelAndTheKey()
    {
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.SinusVetoMetadataKey, "1.5")), "tampered.onnx"));
        Assert.Contains("tampered.onnx", e.Message, StringComparison.Ordinal);
        Assert.Contains(OnnxBeatClassifier.SinusVetoMetadataKey, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfGate_IsReadFromTheModelMetadata_AndJoinsTheRules()
    {
        using var with = new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.AfGateMetadataKey, SvebAfGate.Name), (OnnxBeatClassifier.NoiseRejectMetadataKey, "3")), "with.onnx");
        Assert.True(with.AfGate);
        Assert.True(with.Rules.AfGate);
        Assert.Equal(3, with.Rules.NoiseReject!.Ratio);
        Assert.Null(with.Rules.SinusVeto);
        using var without = new OnnxBeatClassifier(TinyModel(32), "without.onnx");
        Assert.False(without.AfGate);
        Assert.Equal(LabelRules.None, without.Rules);
    }

    [Fact]
    public void RunVeto_IsReadFromTheModelMetadata_AndJoinsTheRules()
    {
        using var with = new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.RunVetoMetadataKey, SvebRunVeto.Name)), "with.onnx");
        Assert.True(with.RunVeto);
        Assert.Equal(new LabelRules(RunVeto: true), with.Rules);
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.RunVetoMetadataKey, "run5-v0")), "old.onnx"));
        Assert.Contains(OnnxBeatClassifier.RunVetoMetadataKey, e.Message, StringComparison.Ordinal);
        Assert.Contains("run5-v0", e.Message, StringComparison.Ordinal);
        Assert.Contains(SvebRunVeto.Name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtrialGate_IsReadFromTheModelMetadata_AndJoinsTheRules()
    {
        using var with = new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.AtrialGateMetadataKey, SvebAtrialGate.Name)), "with.onnx");
        Assert.True(with.AtrialGate);
        Assert.Equal(new LabelRules(AtrialGate: true), with.Rules);
        using var without = new OnnxBeatClassifier(TinyModel(32), "without.onnx");
        Assert.False(without.AtrialGate);
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.AtrialGateMetadataKey, "porg1-v0")), "old.onnx"));
        Assert.Contains(OnnxBeatClassifier.AtrialGateMetadataKey, e.Message, StringComparison.Ordinal);
        Assert.Contains("porg1-v0", e.Message, StringComparison.Ordinal);
        Assert.Contains(SvebAtrialGate.Name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAfGateOfAnotherVersion_IsRefusedNamingTheModelTheKeyAndThisBuildsVersion()
    {
        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(TinyModel(32, (OnnxBeatClassifier.AfGateMetadataKey, "rr8-v0")), "old.onnx"));
        Assert.Contains("old.onnx", e.Message, StringComparison.Ordinal);
        Assert.Contains(OnnxBeatClassifier.AfGateMetadataKey, e.Message, StringComparison.Ordinal);
        Assert.Contains("rr8-v0", e.Message, StringComparison.Ordinal);
        Assert.Contains(SvebAfGate.Name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongInputShape_IsRefusedNamingTheInput()
    {
        byte[] bytes = TinyModel(64); // spectrogram input 64×64 instead of 32×32

        var e = Assert.Throws<InvalidDataException>(() => new OnnxBeatClassifier(bytes, "wrong.onnx"));
        Assert.Contains("wrong.onnx", e.Message, StringComparison.Ordinal);
        Assert.Contains("[N,1,32,32]", e.Message, StringComparison.Ordinal);
        Assert.Contains("64", e.Message, StringComparison.Ordinal);
    }
}
