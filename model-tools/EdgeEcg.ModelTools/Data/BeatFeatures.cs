using System;
using EdgeEcg.Dsp.Spectrogram;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// The per-beat feature vector joined before the classifier (the ONNX input <c>rr</c>): the
/// <see cref="RrFeatures"/> followed by the <see cref="TemplateFeatures"/>. Both the dataset (reference beats) and
/// <c>eval beats</c> (the device chain's detected beats) compute it here, and the network's image input, over all beats
/// of a record in stream order.
/// </summary>
public static class BeatFeatures
{
    /// <summary>Features per beat.</summary>
    public const int Count = RrFeatures.Count + TemplateFeatures.Count;

    /// <summary>
    /// Whether the network's image input is the beat's spectrogram relative to the patient's running template
    /// (x − T, see <see cref="TemplateFeatures"/>) instead of the spectrogram itself.
    /// </summary>
    public const bool RelativeImage = true;

    /// <summary>The definition as one line for the dataset settings text (changes the settings hash when either part changes).</summary>
    public static string Description { get; } =
        $"rr=v{RrFeatures.Version} count={RrFeatures.Count} local={RrFeatures.LocalBeats} long={RrFeatures.LongBeats}; " +
        $"template=v{TemplateFeatures.Version} count={TemplateFeatures.Count} beats={TemplateFeatures.TemplateBeats}; " +
        (RelativeImage ? "image=spectrogram minus template, clamped to +-127" : "image=spectrogram");

    /// <summary>Computes the features of every beat of one record.</summary>
    /// <param name="beatTimes">Beat times in stream samples, strictly increasing.</param>
    /// <param name="sampleRateHz">Stream rate.</param>
    /// <param name="images">Beat images, <see cref="SpectrogramSettings.ImageLength"/> codes per beat.</param>
    /// <param name="hasImage">Whether each beat has an image.</param>
    /// <param name="settings">Spectrogram geometry.</param>
    /// <param name="networkImages">The image input of the network for each beat (see <see cref="RelativeImage"/>), same layout as <paramref name="images"/>.</param>
    /// <returns>[beats × <see cref="Count"/>] row-major.</returns>
    public static float[] Compute(long[] beatTimes, double sampleRateHz, sbyte[] images, bool[] hasImage, SpectrogramSettings settings,
        out sbyte[] networkImages)
    {
        ArgumentNullException.ThrowIfNull(beatTimes);
        ArgumentNullException.ThrowIfNull(hasImage);
        ArgumentNullException.ThrowIfNull(settings);
        if (hasImage.Length != beatTimes.Length)
            throw new ArgumentException($"{beatTimes.Length} beat times but {hasImage.Length} image flags", nameof(hasImage));
        float[] rr = RrFeatures.Compute(beatTimes, sampleRateHz);
        sbyte[]? relative = RelativeImage ? new sbyte[images.Length] : null;
        float[] morph = TemplateFeatures.Compute(images, hasImage, settings.BinCount, settings.FrameCount, relative);
        networkImages = relative ?? images;
        var f = new float[beatTimes.Length * Count];
        for (int i = 0; i < beatTimes.Length; i++)
        {
            Array.Copy(rr, i * RrFeatures.Count, f, i * Count, RrFeatures.Count);
            Array.Copy(morph, i * TemplateFeatures.Count, f, i * Count + RrFeatures.Count, TemplateFeatures.Count);
        }
        return f;
    }
}
