using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.Dsp.Pipeline;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>
/// The beats the device itself finds in a record and the classifier inputs it would compute for them: the record runs
/// through <see cref="EcgChain"/> (resampler, filters, QRS detector); each beat window handed on by the chain becomes
/// a <see cref="BeatSpectrogram"/> image, and the <see cref="BeatFeatures"/> (RR ratios, morphology against the running template) come from the detected beats in stream order.
/// </summary>
public sealed class DetectedBeats : IEcgChainSink
{
    private readonly BeatSpectrogram spectrogram;
    private readonly int imageSize;
    private readonly List<long> stream = new();
    private readonly List<long> source = new();
    private readonly Dictionary<long, int> indexByStreamSample = new();
    private readonly UnreadableStretches unreadableStretches = new();
    private EcgChain? chain;
    private sbyte[] images = new sbyte[1024 * 256];
    private bool[] hasImage = new bool[256];
    private BeatWindowNoise[] windowNoise = new BeatWindowNoise[256];
    private short[] pRegions = new short[SinusPWave.RegionLength * 256];

    private DetectedBeats(SpectrogramSettings settings)
    {
        if (settings.RPeakIndex < SinusPWave.RegionStartBeforeR)
            throw new ArgumentException($"the beat window has {settings.RPeakIndex} samples before R; the P-wave region needs {SinusPWave.RegionStartBeforeR}", nameof(settings));
        spectrogram = new BeatSpectrogram(settings);
        imageSize = settings.ImageLength;
    }

    /// <summary>Number of detected beats.</summary>
    public int Count => source.Count;

    /// <summary>Detected beat positions as sample numbers of the record (at its own rate).</summary>
    public IReadOnlyList<long> SourceSamples => source;

    /// <summary>Record name.</summary>
    public string Record { get; private set; } = "";

    /// <summary>Length of the record in source samples.</summary>
    public long SourceLength { get; private set; }

    /// <summary>Rate of <see cref="SourceSamples"/>, Hz: the record's own rate.</summary>
    public double SourceRateHz { get; private set; }

    /// <summary>Classifier inputs of every detected beat (label column unused: N); beats without a window have an all-zero image.</summary>
    public BeatDataset Inputs { get; private set; } = null!;

    /// <summary>
    /// Stretches the chain's signal quality check declared unreadable, as source-sample [start, end) spans in time order
    /// (merged, clamped to the record; <see cref="UnreadableStretches"/>, as <see cref="ChainRecording"/> reports them).
    /// </summary>
    public IReadOnlyList<(long Start, long End)> UnreadableSpans
    {
        get
        {
            var spans = new List<(long Start, long End)>();
            long start = 0;
            foreach (ChainEvent e in Events)
            {
                if (e.Kind == ChainEventKind.UnreadableStart)
                    start = e.SourceSample;
                else if (e.Kind == ChainEventKind.UnreadableEnd)
                    spans.Add((start, e.SourceSample));
            }
            return spans;
        }
    }

    /// <summary>
    /// Whether each beat lies in an unreadable stretch: the device does not report such beats (their features are still
    /// computed, in stream order, since the verdict on a stretch comes after its beats).
    /// </summary>
    public bool[] Suppressed { get; private set; } = Array.Empty<bool>();

    /// <summary>
    /// Whether the beat stream is interrupted before each beat: the beat or the one before it lies in an unreadable
    /// stretch (<see cref="Suppressed"/>), so the interval between them is not a rhythm the device measured.
    /// </summary>
    public bool[] GapBefore { get; private set; } = Array.Empty<bool>();

    /// <summary>
    /// What the device reports, in time order (<see cref="UnreadableStretches.Interleave"/>, as <see cref="ChainRecording"/>
    /// gives it to annotate and eval qrs): the beats outside unreadable stretches, in detection order, and each stretch's
    /// start and end.
    /// </summary>
    public ChainEvent[] Events { get; private set; } = Array.Empty<ChainEvent>();

    /// <summary>Whether the chain delivered a window (and so an image) for each beat.</summary>
    public bool[] HasImage { get; private set; } = Array.Empty<bool>();

    /// <summary>How noisy each beat's window is next to its QRS (default for beats without a window).</summary>
    public BeatWindowNoise[] WindowNoise { get; private set; } = Array.Empty<BeatWindowNoise>();

    /// <summary>How much each beat's P-wave region looks like the patient's sinus P wave (<see cref="SinusPWave"/>; 0 for beats without a window).</summary>
    public float[] SinusPCorrelation { get; private set; } = Array.Empty<float>();

    /// <summary>Each beat's <see cref="Data.AtrialOrganisation"/> (NaN while unknown), fixed once the chain has run.</summary>
    public float[] AtrialOrganisation { get; private set; } = Array.Empty<float>();

    /// <summary>
    /// Runs the device chain over one record; a record at a rate the chain does not take itself is resampled to 250 Hz
    /// first (<see cref="ChainInput"/>), and every position is then given in the record's own samples.
    /// </summary>
    /// <param name="recordPath">Record path without extension.</param>
    /// <param name="settings">DSP settings (spectrogram and mains).</param>
    /// <param name="lead">Lead name or signal number (<see cref="RecordBeatExtractor.LeadIndex(WfdbHeader, string?)"/>); null for MLII, else signal 0.</param>
    public static DetectedBeats Run(string recordPath, DspSettings settings, string? lead = null)
    {
        ChainInput input = ChainInput.Read(recordPath, lead);
        DetectedBeats beats = Run(Path.GetFileName(recordPath), input.Samples, input.ChainRateHz, settings);
        if (input.Resampled)
            beats.ToRecordSamples(input);
        return beats;
    }

    /// <summary>Runs the device chain over samples already in the device's canonical format (int16, 5 µV per LSB).</summary>
    /// <param name="record">Record name the beats belong to (reference annotations are looked up by it).</param>
    /// <param name="samples">Canonical samples of the lead the chain analyses.</param>
    /// <param name="sampleRateHz">Their rate (250, 360 or 500 Hz).</param>
    /// <param name="settings">DSP settings (spectrogram and mains).</param>
    public static DetectedBeats Run(string record, short[] samples, int sampleRateHz, DspSettings settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        var beats = new DetectedBeats(settings.Spectrogram) { Record = record, SourceLength = samples.Length, SourceRateHz = sampleRateHz };
        EcgChain chain = EcgChain.Create(sampleRateHz, settings.Mains, beats);
        beats.chain = chain;
        chain.Process(samples, 0, samples.Length);
        chain.Flush();
        beats.chain = null;
        beats.Finish();
        return beats;
    }

    /// <inheritdoc/>
    public void OnBeat(ChainBeat beat)
    {
        if (stream.Count > 0 && beat.Sample <= stream[^1])
            return; // the chain reports beats in time order; ignore anything else defensively
        indexByStreamSample[beat.Sample] = stream.Count;
        stream.Add(beat.Sample);
        source.Add(beat.SourceSample);
        if (hasImage.Length < stream.Count)
        {
            Array.Resize(ref hasImage, hasImage.Length * 2);
            Array.Resize(ref windowNoise, hasImage.Length);
            Array.Resize(ref images, hasImage.Length * imageSize);
            Array.Resize(ref pRegions, hasImage.Length * SinusPWave.RegionLength);
        }
    }

    /// <inheritdoc/>
    public void OnBeatWindow(ChainBeat beat, short[] window, int offset)
    {
        if (!indexByStreamSample.TryGetValue(beat.Sample, out int i))
            return;
        spectrogram.Compute(window, offset, images, i * imageSize);
        SinusPWave.CopyRegion(window, offset + spectrogram.Settings.RPeakIndex, pRegions, i * SinusPWave.RegionLength);
        windowNoise[i] = BeatWindowNoise.Measure(window, offset, spectrogram.Settings.WindowLength, spectrogram.Settings.RPeakIndex);
        hasImage[i] = true;
    }

    /// <inheritdoc/>
    public void OnQualityWindow(QualityWindow window)
    {
        if (chain is not null)
            unreadableStretches.Add(window, chain);
    }

    /// <summary>Moves every position from the chain's resampled input to the record's own samples (after <see cref="Finish"/>).</summary>
    private void ToRecordSamples(ChainInput input)
    {
        for (int i = 0; i < source.Count; i++)
            source[i] = input.ToRecordSample(source[i]);
        SourceLength = input.RecordLength;
        SourceRateHz = input.RecordRateHz;
        for (int i = 0; i < Events.Length; i++)
            Events[i] = new ChainEvent(input.ToRecordSample(Events[i].SourceSample), Events[i].Kind);
        BeatDataset d = Inputs;
        Inputs = new BeatDataset(d.ImageSize, d.RrFeatureCount, d.Images, d.RrFeatures, d.Labels, d.RecordIndex, source.ToArray(), d.Records,
            new double[] { input.RecordRateHz });
    }

    private void Finish()
    {
        int n = stream.Count;
        long last = SourceLength > 0 ? SourceLength - 1 : 0;
        Suppressed = new bool[n];
        Events = unreadableStretches.Interleave(source.ToArray(), n, last, keepBeatsInside: false, Suppressed);
        GapBefore = new bool[n];
        for (int i = 0; i < n; i++)
            GapBefore[i] = Suppressed[i] || (i > 0 && Suppressed[i - 1]);
        HasImage = hasImage[..n];
        WindowNoise = windowNoise[..n];
        var img = new sbyte[n * imageSize];
        Array.Copy(images, img, img.Length);
        float[] features = BeatFeatures.Compute(stream.ToArray(), EcgChain.ChainRateHz, img, HasImage, spectrogram.Settings, out sbyte[] networkImages);
        Inputs = new BeatDataset(imageSize, BeatFeatures.Count, networkImages, features, new AamiClass[n], new int[n], source.ToArray(), new[] { Record },
            new[] { SourceRateHz });
        SinusPCorrelation = SinusPWave.Correlations(pRegions, HasImage, features, BeatFeatures.Count);
        AtrialOrganisation = Data.AtrialOrganisation.Compute(pRegions, HasImage);
    }
}
