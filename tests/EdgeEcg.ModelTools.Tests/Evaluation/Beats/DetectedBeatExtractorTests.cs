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

    [EcgDataFact]
    public void Artifacts_AreTheDetectionsWithoutAReferenceBeat_LabelledQ()
    {
        // 105 is the noisiest MIT-BIH record: the chain makes false detections there.
        string record = TestData.MitdbRecord("105");
        BeatDataset plain = DetectedBeatExtractor.Extract(record, DspSettings.Default);
        BeatDataset withArtifacts = DetectedBeatExtractor.Extract(record, DspSettings.Default, new BeatSource(BeatPositions.Detected, artifacts: true));
        DetectedBeats chain = DetectedBeats.Run(record, DspSettings.Default);
        var reference = AnnotationFile.Read(AnnotationFile.PathFor(record)).Where(a => a.IsBeat).Select(a => a.Sample).ToList();
        var (_, paired) = BeatPairing.Pair(reference, chain.SourceSamples, BeatPairing.WindowSamples(360));
        bool[] hasImage = chain.HasImage;
        int unpaired = Enumerable.Range(0, chain.Count).Count(j => !paired[j] && hasImage[j]);

        Assert.InRange(unpaired, 10, 2000);
        Assert.Equal(plain.Count + unpaired, withArtifacts.Count);
        Assert.Equal(plain.ClassCounts()[(int)AamiClass.Q] + unpaired, withArtifacts.ClassCounts()[(int)AamiClass.Q]);
        for (int i = 0; i < withArtifacts.Count; i++)
            if (withArtifacts.Labels[i] == AamiClass.Q && !plain.Samples.Contains(withArtifacts.Samples[i]))
                Assert.DoesNotContain(reference, r => Math.Abs(r - withArtifacts.Samples[i]) <= 54);
    }

    [EcgDataFact]
    public void ANoiseCopy_AddsTheBeatsDetectedInTheNoisyRecord_UnderTheSameRecordName()
    {
        string record = TestData.MitdbRecord("100");
        BeatDataset plain = DetectedBeatExtractor.Extract(record, DspSettings.Default);
        BeatDataset noisy = DetectedBeatExtractor.Extract(record, DspSettings.Default, new BeatSource(BeatPositions.Detected, false, new[] { new NoiseCopy("em", 6) }));

        Assert.Equal(new[] { "100" }, noisy.Records);
        // The copy's first 5 minutes are clean, so at least those beats are found again; noise loses some of the rest.
        Assert.InRange(noisy.Count, plain.Count + plain.Count / 6, 2 * plain.Count);
        Assert.Equal(plain.Labels, noisy.Labels.Take(plain.Count));
        // Noisy detections carry other features than the clean ones.
        Assert.NotEqual(plain.RrFeatures, noisy.RrFeatures.Skip(plain.RrFeatures.Length).Take(plain.RrFeatures.Length));
    }

    [EcgDataFact]
    public void ANoiseCopyOfArtifactsOnly_AddsOnlyTheNoisyRecordsDetectionsWithoutAReferenceBeat()
    {
        string record = TestData.MitdbRecord("100");
        (BeatDataset withPaired, BeatDataset artifactsOnly, BeatDataset clean) = WithArtifacts(record, new NoiseCopy("em", 0));

        int noisyQ = withPaired.ClassCounts()[(int)AamiClass.Q] - clean.ClassCounts()[(int)AamiClass.Q];
        Assert.InRange(noisyQ, 20, 5000); // 0 dB electrode motion makes false beats
        Assert.Equal(clean.Count + noisyQ, artifactsOnly.Count);
        Assert.Equal(clean.Labels, artifactsOnly.Labels.Take(clean.Count));
        Assert.All(artifactsOnly.Labels.Skip(clean.Count), l => Assert.Equal(AamiClass.Q, l));
    }

    [EcgDataFact]
    public void ANoiseCopyOfArtifactsOnly_LeavesOutPairedReferenceQBeats()
    {
        // 208 has two reference beats of AAMI class Q (mitdb README); at 24 dB the chain finds them in the copy, where
        // they pair with their reference beat and so are not artifacts, although they are labelled Q.
        string record = TestData.MitdbRecord("208");
        (BeatDataset withPaired, BeatDataset artifactsOnly, BeatDataset clean) = WithArtifacts(record, new NoiseCopy("em", 24));
        int referenceQ = AnnotationFile.Read(record + ".atr").Count(a => a.IsBeat && AamiClassMap.FromCode(a.Code) == AamiClass.Q);
        Assert.Equal(2, referenceQ);

        int copyQ = withPaired.ClassCounts()[(int)AamiClass.Q] - clean.ClassCounts()[(int)AamiClass.Q];
        int copyArtifacts = artifactsOnly.Count - clean.Count;
        Assert.Equal(referenceQ, copyQ - copyArtifacts);
        Assert.All(artifactsOnly.Labels.Skip(clean.Count), l => Assert.Equal(AamiClass.Q, l));
    }

    /// <summary>
    /// The record's detected beats with artifacts and one noise copy: with the copy's paired beats, with only its
    /// artifacts, and without the copy.
    /// </summary>
    private static (BeatDataset WithPaired, BeatDataset ArtifactsOnly, BeatDataset Clean) WithArtifacts(string record, NoiseCopy noise)
    {
        var copy = new[] { noise };
        return (DetectedBeatExtractor.Extract(record, DspSettings.Default, new BeatSource(BeatPositions.Detected, true, copy)),
            DetectedBeatExtractor.Extract(record, DspSettings.Default, new BeatSource(BeatPositions.Detected, true, copy, noiseArtifactsOnly: true)),
            DetectedBeatExtractor.Extract(record, DspSettings.Default, new BeatSource(BeatPositions.Detected, artifacts: true)));
    }

    [Fact]
    public void ANoiseCopyWithoutTheNoiseRecord_IsAClearError()
    {
        string db = Path.Combine(dir, "mitdb");
        Directory.CreateDirectory(db);
        File.WriteAllText(Path.Combine(db, "901.hea"), "901 1 360 10\n901.dat 16 200 11 0 0 0 0 ECG\n");
        File.WriteAllBytes(Path.Combine(db, "901.dat"), new byte[20]);
        AnnotationFile.Write(Path.Combine(db, "901.atr"), new[] { new Annotation(5, AnnotationCode.Normal) });
        var e = Assert.Throws<FileNotFoundException>(() => DetectedBeatExtractor.Extract(Path.Combine(db, "901"), DspSettings.Default,
            new BeatSource(BeatPositions.Detected, false, new[] { new NoiseCopy("em", 6) })));
        Assert.Contains("noise em:6: noise record", e.Message, StringComparison.Ordinal);
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
