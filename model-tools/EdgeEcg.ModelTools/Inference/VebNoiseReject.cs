using System;
using System.Globalization;
using EdgeEcg.Dsp.Quality;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// A reject option for ventricular calls in noise: a beat the classifier labels V is reported Q (unclassifiable) when
/// its beat window's high-frequency activity outside the QRS exceeds <see cref="Ratio"/> times its QRS range
/// (<see cref="BeatWindowNoise"/>). In electrode-motion noise the device chain detects noise transients as beats and the
/// classifier calls many of them V; on DS1 such detections have a median ratio of 3.0 at 12 dB, normal and ventricular
/// beats 0.56 (cv-ds1.md, session 6). N, S and F labels are left alone.
/// </summary>
public sealed class VebNoiseReject
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ratio">
    /// Activity outside the QRS over the QRS range above which a V call is withheld: a positive multiple of 1/256 up to
    /// 1000 (the device compares in integers, <see cref="BeatWindowNoise.ExceedsActivityRatio"/>).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is not such a number.</exception>
    public VebNoiseReject(double ratio)
    {
        if (!IsValidRatio(ratio))
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "the noise reject ratio must be a positive multiple of 1/256 up to 1000 (e.g. 3 or 2.5)");
        Ratio = ratio;
        RatioQ8 = (int)Math.Round(ratio * BeatWindowNoise.RatioOne);
    }

    /// <summary>Activity outside the QRS over the QRS range above which a V call is withheld.</summary>
    public double Ratio { get; }

    /// <summary><see cref="Ratio"/> × 256, as the device compares it.</summary>
    public int RatioQ8 { get; }

    /// <summary>Parses a ratio as given on the command line (e.g. <c>3</c> or <c>2.5</c>).</summary>
    /// <param name="text">The ratio.</param>
    /// <exception cref="ArgumentException">The text is not a positive multiple of 1/256 up to 1000 (the message names it).</exception>
    public static VebNoiseReject Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) || !IsValidRatio(r))
            throw new ArgumentException($"noise reject ratio '{text}' is not a positive multiple of 1/256 up to 1000 (e.g. 3 or 2.5)");
        return new VebNoiseReject(r);
    }

    /// <summary>A positive multiple of 1/256 up to 1000 (what the device's Q8 comparison can hold exactly).</summary>
    private static bool IsValidRatio(double ratio) =>
        double.IsFinite(ratio) && ratio > 0 && ratio <= 1000
        && Math.Abs((ratio * BeatWindowNoise.RatioOne) - Math.Round(ratio * BeatWindowNoise.RatioOne)) <= 1e-9;

    /// <summary>Whether a beat window counts as too noisy for a V call.</summary>
    /// <param name="m">The window's measurement.</param>
    public bool IsNoisy(BeatWindowNoise m) => m.ExceedsActivityRatio(RatioQ8);

    /// <summary>Relabels the V calls of noisy beat windows as Q, in place.</summary>
    /// <param name="labels">Predicted class of each beat.</param>
    /// <param name="windows">Each beat window's measurement (same length).</param>
    /// <param name="hasImage">Whether each beat had a window (beats without one are left alone).</param>
    /// <returns>How many V calls were withheld.</returns>
    public int Apply(AamiClass[] labels, BeatWindowNoise[] windows, bool[] hasImage)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(hasImage);
        if (windows.Length != labels.Length || hasImage.Length != labels.Length)
            throw new ArgumentException($"{labels.Length} labels but {windows.Length} window measurements and {hasImage.Length} image flags");
        int n = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == AamiClass.V && hasImage[i] && IsNoisy(windows[i]))
            {
                labels[i] = AamiClass.Q;
                n++;
            }
        }
        return n;
    }

    /// <inheritdoc/>
    public override string ToString() => Ratio.ToString("0.###", CultureInfo.InvariantCulture);
}
