using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

public class DetectedBeatsTests
{
    private readonly ITestOutputHelper output;

    public DetectedBeatsTests(ITestOutputHelper output) => this.output = output;

    [EcgDataFact]
    public void ChainImages_MatchDatasetImages_WhenTheDetectorAgreesWithTheReference()
    {
        BeatDataset reference = RecordBeatExtractor.Extract(TestData.MitdbRecord("119"), DspSettings.Default);
        DetectedBeats detected = DetectedBeats.Run(TestData.MitdbRecord("119"), DspSettings.Default);
        var (partner, _) = BeatPairing.Pair(reference.Samples, detected.SourceSamples, 54);
        var offsets = new System.Collections.Generic.List<long>();
        double meanAbsPixel = 0;
        var featureDiff = new double[BeatFeatures.Count];
        int same = 0;
        for (int i = 0; i < reference.Count; i++)
        {
            int j = partner[i];
            if (j < 0 || !detected.HasImage[j])
                continue;
            offsets.Add(detected.SourceSamples[j] - reference.Samples[i]);
            double d = 0;
            for (int k = 0; k < 1024; k++)
                d += Math.Abs(reference.Images[i * 1024 + k] - detected.Inputs.Images[j * 1024 + k]);
            meanAbsPixel += d / 1024;
            for (int f = 0; f < BeatFeatures.Count; f++)
                featureDiff[f] += Math.Abs(reference.RrFeatures[i * BeatFeatures.Count + f] - detected.Inputs.RrFeatures[j * BeatFeatures.Count + f]);
            if (detected.SourceSamples[j] == reference.Samples[i])
                same++;
        }
        output.WriteLine($"paired {offsets.Count}, same sample {same}, offset mean {offsets.Average():F2} min {offsets.Min()} max {offsets.Max()}, mean |pixel diff| {meanAbsPixel / offsets.Count:F2}");
        var hist = offsets.GroupBy(o => o).OrderByDescending(g => g.Count()).Take(8).Select(g => $"{g.Key}:{g.Count()}");
        output.WriteLine(string.Join(" ", hist));
        // 119 has 1987 reference beats; the chain must find nearly all of them within ±3 source samples (±8 ms)
        // of the reference, so the device's images are the ones the model was trained on.
        Assert.True(offsets.Count > 1950, $"{offsets.Count} paired beats with images");
        Assert.True(offsets.Count(o => Math.Abs(o) <= 3) > 0.99 * offsets.Count);
        Assert.True(meanAbsPixel / offsets.Count < 3, $"mean |pixel difference| {meanAbsPixel / offsets.Count:F2} LSB");
        // The beat features (RR ratios, morphology against the running template) come out the same from both paths.
        string diffs = string.Join(" ", featureDiff.Select(d => (d / offsets.Count).ToString("F4", System.Globalization.CultureInfo.InvariantCulture)));
        output.WriteLine("mean |feature difference|: " + diffs);
        Assert.All(featureDiff, d => Assert.True(d / offsets.Count < 0.02, diffs));
    }
}
