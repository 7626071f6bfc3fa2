using System;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.ModelTools.Tests.Data;
using EdgeEcg.ModelTools.Tests.Models;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

/// <summary>
/// Records of other databases' rates (svdb 128 Hz, INCART 257 Hz), stood in for by resampled copies of MIT-BIH 119
/// (<see cref="ResampledRecord"/>), go through the device chain and the shipped model like MIT-BIH's own 360 Hz records.
/// </summary>
public sealed class OtherRateRecordsTests : IClassFixture<OtherRateRecordsTests.Copies>
{
    private readonly Copies copies;
    private readonly ITestOutputHelper output;

    public OtherRateRecordsTests(Copies copies, ITestOutputHelper output)
    {
        this.copies = copies;
        this.output = output;
    }

    [EcgDataFact]
    public void DetectedBeats_AtOtherRates_FindTheReferenceBeatsInTheRecordsOwnSamples()
    {
        foreach ((string path, int rate) in new[] { (copies.At128, 128), (copies.At257, 257) })
        {
            DetectedBeats detected = DetectedBeats.Run(path, DspSettings.Default);
            var reference = AnnotationFile.Read(path + ".atr").Where(a => a.IsBeat).Select(a => a.Sample).ToList();
            var (partner, paired) = BeatPairing.Pair(reference, detected.SourceSamples, BeatPairing.WindowSamples(rate));
            double se = 100.0 * partner.Count(p => p >= 0) / reference.Count;
            double ppv = 100.0 * paired.Count(p => p) / detected.Count;
            output.WriteLine($"119 at {rate} Hz: {detected.Count} beats, {reference.Count} reference, QRS Se {se:F2} +P {ppv:F2}");
            Assert.InRange(se, 99.5, 100);
            Assert.InRange(ppv, 99.5, 100);
            Assert.Equal(rate, detected.SourceRateHz);
            Assert.Equal(rate, detected.Inputs.RecordRatesHz.Single());
            Assert.All(detected.SourceSamples, s => Assert.InRange(s, 0, detected.SourceLength - 1));
            Assert.True(detected.SourceSamples.Zip(detected.SourceSamples.Skip(1)).All(p => p.First < p.Second), "positions increase");
        }
    }

    [EcgDataFact]
    public void ShippedModel_ClassifiesA128HzCopyLikeTheOriginal()
    {
        using var model = new OnnxBeatClassifier(Path.Combine(ShippedModelTests.BundleDirectory(), "beat-classifier-int8.onnx"));
        RecordBeatResult original = BeatEvaluation.EvaluateRecord(TestData.MitdbRecord("119"), model, DspSettings.Default, null, model.Rules);
        RecordBeatResult copy = BeatEvaluation.EvaluateRecord(copies.At128, model, DspSettings.Default, null, model.Rules);
        output.WriteLine($"360 Hz: VEB Se {original.Ec57.Se(AamiClass.V):F2} +P {original.Ec57.Ppv(AamiClass.V):F2}; "
            + $"128 Hz: VEB Se {copy.Ec57.Se(AamiClass.V):F2} +P {copy.Ec57.Ppv(AamiClass.V):F2}");
        Assert.InRange(copy.Ec57.Se(AamiClass.V), original.Ec57.Se(AamiClass.V) - 2, 100);
        Assert.InRange(copy.Ec57.Ppv(AamiClass.V), original.Ec57.Ppv(AamiClass.V) - 2, 100);
    }

    [EcgDataFact]
    public void Lead_IsChosenByItsNameOrNumber_AndAnUnknownOneIsRefusedListingTheSignals()
    {
        DetectedBeats byDefault = DetectedBeats.Run(copies.At257, DspSettings.Default); // no MLII: signal 0, here named II
        DetectedBeats ii = DetectedBeats.Run(copies.At257, DspSettings.Default, "ii");
        DetectedBeats v1 = DetectedBeats.Run(copies.At257, DspSettings.Default, "V1");
        DetectedBeats one = DetectedBeats.Run(copies.At257, DspSettings.Default, "1");
        Assert.Equal(byDefault.SourceSamples, ii.SourceSamples);
        Assert.Equal(byDefault.Inputs.Images, ii.Inputs.Images);
        Assert.Equal(v1.SourceSamples, one.SourceSamples);
        Assert.False(ii.Inputs.Images.AsSpan().SequenceEqual(v1.Inputs.Images), "V1 gives other beat images than II");
        var e = Assert.Throws<ArgumentException>(() => DetectedBeats.Run(copies.At257, DspSettings.Default, "aVF"));
        Assert.Contains("no lead 'aVF'", e.Message, StringComparison.Ordinal);
        Assert.Contains("0 = II, 1 = V1", e.Message, StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void FilteredStreams_OfTheCopies_AreTheOriginalsOnTheSameClock()
    {
        // At the instants both grids share, the 250 Hz stream the chain filters from a copy is the one it filters from
        // the 360 Hz original, at the position FilteredStream.ToStream gives, not one sample before or after.
        ChainInput original = ChainInput.Read(TestData.MitdbRecord("119"));
        short[] s0 = FilteredStream.From(original, EdgeEcg.Dsp.Filters.MainsFrequency.Hz60, out int d0);
        foreach ((string path, int rate) in new[] { (copies.At128, 128), (copies.At257, 257) })
        {
            ChainInput copy = ChainInput.Read(path);
            short[] s1 = FilteredStream.From(copy, EdgeEcg.Dsp.Filters.MainsFrequency.Hz60, out int d1);
            int step = 360 / Gcd(360, rate); // source samples between shared instants
            double Correlation(int lag)
            {
                double ab = 0, aa = 0, bb = 0;
                for (long t = 300L * 360; t < 600L * 360; t += step)
                {
                    double a = s0[FilteredStream.ToStream(t, original, d0)];
                    double b = s1[FilteredStream.ToStream(t * rate / 360, copy, d1) + lag];
                    ab += a * b;
                    aa += a * a;
                    bb += b * b;
                }
                return ab / Math.Sqrt(aa * bb);
            }
            double at = Correlation(0), before = Correlation(-1), after = Correlation(1);
            output.WriteLine($"{rate} Hz: stream correlation {at:F5} (lag -1: {before:F4}, +1: {after:F4})");
            Assert.True(at > 0.999, $"{rate} Hz: {at:F5}");
            Assert.True(at > before + 0.01 && at > after + 0.01, $"{rate} Hz: {before:F4} {at:F4} {after:F4}");
        }

        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    }

    [EcgDataFact]
    public void ReferenceAndDetectedPaths_LineUpAt128Hz()
    {
        BeatDataset reference = RecordBeatExtractor.Extract(copies.At128, DspSettings.Default);
        DetectedBeats detected = DetectedBeats.Run(copies.At128, DspSettings.Default);
        var (partner, _) = BeatPairing.Pair(reference.Samples, detected.SourceSamples, BeatPairing.WindowSamples(128));
        int size = reference.ImageSize, paired = 0, close = 0;
        double pixels = 0;
        for (int i = 0; i < reference.Count; i++)
        {
            int j = partner[i];
            if (j < 0 || !detected.HasImage[j])
                continue;
            paired++;
            if (Math.Abs(detected.SourceSamples[j] - reference.Samples[i]) <= 1) // ±8 ms at 128 Hz
                close++;
            for (int k = 0; k < size; k++)
                pixels += Math.Abs(reference.Images[i * size + k] - detected.Inputs.Images[j * size + k]);
        }
        double mean = pixels / paired / size;
        output.WriteLine($"128 Hz: {paired} paired, {close} within ±1 sample; mean |pixel diff| {mean:F2} LSB");
        Assert.True(paired > 1950, $"{paired} paired");
        Assert.True(close > 0.99 * paired, $"{close} of {paired} within ±1 sample");
        Assert.True(mean < 3, $"{mean:F2}");
    }

    [EcgDataFact]
    public void EvalQrs_TakesTheLeadByName_AtOtherRates()
    {
        string folder = Path.GetDirectoryName(copies.At257)!;
        var settings = new EdgeEcg.ModelTools.Evaluation.Qrs.QrsEvaluationSettings { Lead = "II" };
        var ii = EdgeEcg.ModelTools.Evaluation.Qrs.QrsEvaluation.EvaluateRecord(folder, "119", settings);
        var bySignal = EdgeEcg.ModelTools.Evaluation.Qrs.QrsEvaluation.EvaluateRecord(folder, "119", settings with { Lead = null, Signal = 0 });
        output.WriteLine($"119 at 257 Hz, lead II: {ii.Scored}");
        Assert.Equal(bySignal.Scored, ii.Scored);
        Assert.True(ii.Scored.Sensitivity >= 99.5 && ii.Scored.PositivePredictivity >= 99.5, ii.Scored.ToString());
        var e = Assert.Throws<ArgumentException>(() => EdgeEcg.ModelTools.Evaluation.Qrs.QrsEvaluation.EvaluateRecord(folder, "119", settings with { Lead = "aVR" }));
        Assert.Contains("no lead 'aVR'", e.Message, StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void Datasets_OfOtherRates_KeepTheirRate_AndTheReferencePositions()
    {
        BeatDataset detected = BeatDatasetBuilder.Build(copies.Folder, new[] { "119" }, DspSettings.Default, null, BeatPositions.Detected);
        Assert.Equal(new[] { 128.0 }, detected.RecordRatesHz);
        BeatDataset reference = RecordBeatExtractor.Extract(copies.At128, DspSettings.Default);
        Assert.Equal(new[] { 128.0 }, reference.RecordRatesHz);
        var annotated = AnnotationFile.Read(copies.At128 + ".atr").Where(a => a.IsBeat && AamiClassMap.FromCode(a.Code) is not null)
            .Select(a => a.Sample).ToHashSet();
        Assert.All(reference.Samples, s => Assert.Contains(s, annotated));
        Assert.InRange(reference.Count, annotated.Count - 4, annotated.Count); // only beats whose window leaves the record are skipped
        int[] c = reference.ClassCounts();
        output.WriteLine($"119 at 128 Hz: reference dataset N {c[0]} V {c[2]}; detected dataset {detected.Count} beats");

        string file = Path.Combine(copies.Folder, "rates.bin");
        BeatDatasetFile.Write(file, detected, DspSettings.Default, BeatPositions.Detected);
        BeatDataset read = BeatDatasetFile.Read(file, DspSettings.Default, BeatPositions.Detected);
        Assert.Equal(detected.RecordRatesHz, read.RecordRatesHz);
        Assert.Equal(detected.Samples, read.Samples);
    }

    /// <summary>119 at 128 Hz (MIT-BIH's leads) and at 257 Hz with its leads renamed II and V1, in a temporary folder.</summary>
    public sealed class Copies : IDisposable
    {
        /// <summary>Writes the copies when the data is present.</summary>
        public Copies()
        {
            Folder = Path.Combine(Path.GetTempPath(), "edgeecg-rates-" + Guid.NewGuid().ToString("N"));
            if (TestData.SkipReason is not null)
                return;
            At128 = ResampledRecord.Write("119", 128, Folder);
            At257 = ResampledRecord.Write("119", 257, Path.Combine(Folder, "incart-like"), new[] { "II", "V1" });
        }

        /// <summary>The folder the copies are in.</summary>
        public string Folder { get; }

        /// <summary>Path of the 128 Hz copy.</summary>
        public string At128 { get; } = "";

        /// <summary>Path of the 257 Hz copy.</summary>
        public string At257 { get; } = "";

        /// <inheritdoc/>
        public void Dispose()
        {
            if (Directory.Exists(Folder))
                Directory.Delete(Folder, recursive: true);
        }
    }
}
