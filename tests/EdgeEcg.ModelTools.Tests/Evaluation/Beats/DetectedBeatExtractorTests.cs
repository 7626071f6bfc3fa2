using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

public sealed class DetectedBeatExtractorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-det-").FullName;

    [EcgDataFact]
    public void EachDetectedBeat_CarriesTheClassOfTheReferenceBeatItPairsWith()
    {
        // 119: ventricular bigeminy/trigeminy, 1,543 N and 444 V reference beats.
        string record = TestData.MitdbRecord("119");
        BeatDataset d = DetectedBeatExtractor.Extract(record, DspSettings.Default);
        DetectedBeats chain = DetectedBeats.Run(record, DspSettings.Default);
        var reference = AnnotationFile.Read(AnnotationFile.PathFor(record)).Where(a => a.IsBeat).ToList();

        Assert.Equal(new[] { "119" }, d.Records);
        Assert.InRange(d.Count, reference.Count - 10, reference.Count);
        Assert.Equal(d.Count, d.Samples.Distinct().Count());
        for (int i = 0; i < d.Count; i++)
        {
            // The sample is a detection, and the nearest reference beat (within 150 ms = 54 samples) has the label's class.
            Assert.Contains(d.Samples[i], chain.SourceSamples);
            Annotation nearest = reference.MinBy(a => Math.Abs(a.Sample - d.Samples[i]))!;
            Assert.InRange(Math.Abs(nearest.Sample - d.Samples[i]), 0, 54);
            Assert.Equal(AamiClassMap.FromCode(nearest.Code), d.Labels[i]);
        }
        int[] c = d.ClassCounts();
        Assert.InRange(c[(int)AamiClass.V], 440, 444);
        // The features are the chain's own (computed over every detected beat), not recomputed over the kept ones.
        int j = chain.SourceSamples.ToList().IndexOf(d.Samples[100]);
        Assert.Equal(chain.Inputs.RrFeatures.Skip(j * d.RrFeatureCount).Take(d.RrFeatureCount), d.RrFeatures.Skip(100 * d.RrFeatureCount).Take(d.RrFeatureCount));
    }

    [EcgDataFact]
    public void TheCache_RebuildsADatasetOfOtherPositions()
    {
        string cache = Path.Combine(dir, "d.bin");
        BeatDataset reference = BeatDatasetCache.LoadOrBuild(cache, TestData.Mitdb, new[] { "119" }, DspSettings.Default);
        var log = new System.Collections.Generic.List<string>();
        BeatDataset detected = BeatDatasetCache.LoadOrBuild(cache, TestData.Mitdb, new[] { "119" }, DspSettings.Default, log.Add, BeatPositions.Detected);
        Assert.Contains(log, l => l.Contains("rebuilding", StringComparison.Ordinal));
        Assert.NotEqual(reference.Samples, detected.Samples);
        Assert.Equal(detected.Samples, BeatDatasetFile.Read(cache, DspSettings.Default, BeatPositions.Detected).Samples);
    }

    [Fact]
    public void MissingReferenceAnnotations_AreRefusedByPath()
    {
        File.WriteAllText(Path.Combine(dir, "900.hea"), "900 1 360 10\n");
        var e = Assert.Throws<FileNotFoundException>(() => DetectedBeatExtractor.Extract(Path.Combine(dir, "900"), DspSettings.Default));
        Assert.Contains("900.atr", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
