using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Models;

/// <summary>
/// Guards the model bundle committed under model-tools/models: any change to the DSP, the beat features or the
/// network's inputs that would make the device feed the shipped model different numbers fails here, so the
/// bundle is retrained (model-tools/recipe.sh) in the same change.
/// </summary>
public class ShippedModelTests
{
    private const string Bundle = "beat-mobilenet-0.10.1";

    [Fact]
    public void BundleRecordsTheDspSettingsTheCodeProducesToday()
    {
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundleDirectory(), "metadata.json")));
        Assert.Equal(DspSettings.Default.Hash, metadata.RootElement.GetProperty("dspSettingsHash").GetString());
        Assert.Equal(["N", "S", "V", "F", "Q"], metadata.RootElement.GetProperty("classes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Int8ModelLoadsInOnnxRuntimeWithTheExpectedInputsAndIsSmall()
    {
        string path = Path.Combine(BundleDirectory(), "beat-classifier-int8.onnx");
        Assert.InRange(new FileInfo(path).Length, 1, 128 * 1024);

        using OnnxBeatClassifier model = new(path);

        Assert.Equal(DspSettings.Default.Hash, model.DspSettingsHash);
        Assert.Equal(BeatFeatures.Count, model.RrFeatureCount);
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundleDirectory(), "metadata.json")));
        Assert.Equal(metadata.RootElement.GetProperty("vebNoiseReject").GetDouble(), model.NoiseReject!.Ratio); // the rule travels in the model file
        int n = 3;
        float[] images = new float[n * 32 * 32];
        float[] features = new float[n * BeatFeatures.Count];
        Array.Fill(features, 1f);
        (string name, float[] logits) = Assert.Single(model.Run(images, features, n, model.OutputNames));
        Assert.Equal(n * OnnxBeatClassifier.ClassCount, logits.Length);
        Assert.All(logits, v => Assert.True(float.IsFinite(v), name));
    }

    [Fact]
    public void BundleWasMadeByTheRecipesTrainOptions_AndItsDefaultFolderIsThisBundle()
    {
        // A recipe whose options changed without re-running it would ship a bundle it no longer makes.
        string root = Path.GetFullPath(Path.Combine(BundleDirectory(), "..", "..", ".."));
        string recipe = File.ReadAllText(Path.Combine(root, "model-tools", "recipe.sh"));
        string line = recipe.Split('\n').Single(l => l.StartsWith("TRAIN_OPTIONS=(", StringComparison.Ordinal));
        string options = line["TRAIN_OPTIONS=(".Length..line.LastIndexOf(')')];
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(BundleDirectory(), "metadata.json")));
        Assert.Equal($"model-tools/recipe.sh (train {options})", metadata.RootElement.GetProperty("command").GetString());
        Assert.Contains($"OUT=${{1:-model-tools/models/{Bundle}}}", recipe, StringComparison.Ordinal);
        Assert.Contains($"--model-version {metadata.RootElement.GetProperty("modelVersion").GetString()}", options, StringComparison.Ordinal);
        Assert.EndsWith(metadata.RootElement.GetProperty("modelVersion").GetString()!, Bundle, StringComparison.Ordinal);
    }

    internal static string BundleDirectory()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EdgeEcg.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "model-tools", "models", Bundle);
    }
}
