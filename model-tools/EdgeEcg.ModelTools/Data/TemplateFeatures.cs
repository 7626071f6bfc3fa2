using System;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Morphology of each beat relative to the patient's own recent beats. A template (running average of the int8
/// spectrograms of the previous beats, in stream order: T ← T + (x − T)/<see cref="TemplateBeats"/>, started at the
/// first beat's image) is compared with each beat's image before the template takes that beat in, so the features
/// are causal and the device computes them the same way. The features (int8 codes / 128, so 0.5 dB steps / 128):
/// mean |x − T|; mean (x − T) (a gain change shifts every log-power pixel alike); Pearson correlation of x and T;
/// mean (x − T) over the lower and the upper half of the frequency bins; mean |x − T| over the first and the second
/// half of the time frames. A beat without an image (its window left the stream) gets zeros, correlation 1, and
/// does not change the template.
/// </summary>
public static class TemplateFeatures
{
    /// <summary>Features per beat.</summary>
    public const int Count = 7;

    /// <summary>Version of the feature definition; part of the dataset settings hash.</summary>
    public const int Version = 1;

    /// <summary>Name of each feature, in column order (recorded in model metadata).</summary>
    public static readonly string[] Names =
    {
        "mean |x-T|", "mean x-T", "corr(x,T)", "mean x-T low frequency half", "mean x-T high frequency half",
        "mean |x-T| early time half", "mean |x-T| late time half",
    };

    /// <summary>Averaging length of the template (the weight of a new beat is 1 / this).</summary>
    public const int TemplateBeats = 16;

    /// <summary>Computes the features of every beat.</summary>
    /// <param name="images">Beat images, <paramref name="imageHeight"/>·<paramref name="imageWidth"/> int8 codes per beat, [frequency][time].</param>
    /// <param name="hasImage">Whether each beat has an image; beats are in stream order.</param>
    /// <param name="imageHeight">Frequency bins.</param>
    /// <param name="imageWidth">Time frames.</param>
    /// <param name="relativeImages">
    /// If not null (same length as <paramref name="images"/>), receives each beat's image relative to the template,
    /// x − T rounded and clamped to [−127, 127] codes (0 for a beat without an image; the first beat is all 0).
    /// </param>
    /// <returns>[beats × <see cref="Count"/>] row-major.</returns>
    public static float[] Compute(sbyte[] images, bool[] hasImage, int imageHeight, int imageWidth, sbyte[]? relativeImages = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(hasImage);
        int size = imageHeight * imageWidth;
        if (imageHeight < 2 || imageWidth < 2)
            throw new ArgumentException($"image {imageHeight}x{imageWidth} is too small for template features");
        if (relativeImages is not null && relativeImages.Length != images.Length)
            throw new ArgumentException($"relative image buffer has {relativeImages.Length} bytes, the images {images.Length}", nameof(relativeImages));
        if ((long)hasImage.Length * size > images.Length)
            throw new ArgumentException($"{hasImage.Length} beats need {(long)hasImage.Length * size} image bytes, got {images.Length}", nameof(images));
        var f = new float[hasImage.Length * Count];
        float[]? template = null;
        var diff = new float[size];
        int halfRows = imageHeight / 2, halfCols = imageWidth / 2;
        for (int b = 0; b < hasImage.Length; b++)
        {
            int o = b * Count;
            f[o + 2] = 1f;
            if (!hasImage[b])
                continue;
            int src = b * size;
            if (template is null)
            {
                template = new float[size];
                for (int k = 0; k < size; k++)
                    template[k] = images[src + k];
            }
            double sx = 0, st = 0;
            for (int k = 0; k < size; k++)
            {
                sx += images[src + k];
                st += template[k];
                diff[k] = images[src + k] - template[k];
            }
            double mx = sx / size, mt = st / size;
            double sxx = 0, stt = 0, sxt = 0, absAll = 0, signedAll = 0, low = 0, high = 0, early = 0, late = 0;
            for (int r = 0; r < imageHeight; r++)
            {
                for (int c = 0; c < imageWidth; c++)
                {
                    int k = r * imageWidth + c;
                    double dx = images[src + k] - mx, dt = template[k] - mt;
                    sxx += dx * dx;
                    stt += dt * dt;
                    sxt += dx * dt;
                    double d = diff[k];
                    absAll += Math.Abs(d);
                    signedAll += d;
                    if (r < halfRows)
                        low += d;
                    else
                        high += d;
                    if (c < halfCols)
                        early += Math.Abs(d);
                    else
                        late += Math.Abs(d);
                }
            }
            const double scale = 128.0;
            f[o] = (float)(absAll / size / scale);
            f[o + 1] = (float)(signedAll / size / scale);
            f[o + 2] = sxx > 0 && stt > 0 ? (float)(sxt / Math.Sqrt(sxx * stt)) : 1f;
            f[o + 3] = (float)(low / (halfRows * imageWidth) / scale);
            f[o + 4] = (float)(high / ((imageHeight - halfRows) * imageWidth) / scale);
            f[o + 5] = (float)(early / (imageHeight * halfCols) / scale);
            f[o + 6] = (float)(late / (imageHeight * (imageWidth - halfCols)) / scale);
            if (relativeImages is not null)
                for (int k = 0; k < size; k++)
                    relativeImages[src + k] = (sbyte)Math.Clamp(Math.Round(diff[k]), -127, 127);
            for (int k = 0; k < size; k++)
                template[k] += diff[k] / TemplateBeats;
        }
        return f;
    }
}
