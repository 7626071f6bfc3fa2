using System;
using System.Globalization;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>
/// A veto on supraventricular calls: a beat the classifier labels S is reported N when its P-wave region correlates with
/// the patient's sinus P template at <see cref="Threshold"/> or more (<see cref="SinusPWave"/>). The classifier decides S
/// from the rhythm, and a normally conducted beat can look premature by its RR alone (after blocked P waves, or when the
/// sinus rate rises); its P wave is the sinus one. On DS1 (cross-validation, 0.9.1's configuration) the rule at 0.9 removes
/// about a fifth of the false S calls (+P 72.50 → 75.95 %, Se 63.98 → 62.53 %) and halves the N→S calls under simulated
/// 2:1 AV block, but nested cross-validation could not choose its threshold stably, so no model ships it yet (cv-ds1.md,
/// session 8). N, V, F and Q labels are left alone.
/// </summary>
public sealed class SvebSinusVeto
{
    /// <summary>Creates the rule.</summary>
    /// <param name="threshold">Correlation with the sinus template at or above which an S call is reported N (0 &lt; t ≤ 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside (0, 1].</exception>
    public SvebSinusVeto(double threshold)
    {
        if (!IsValid(threshold))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "the sinus P veto threshold must be a correlation above 0 and at most 1 (e.g. 0.9)");
        Threshold = threshold;
    }

    /// <summary>Correlation with the sinus P template at or above which an S call is reported N.</summary>
    public double Threshold { get; }

    /// <summary>Parses a threshold as given on the command line (e.g. <c>0.9</c>).</summary>
    /// <param name="text">The threshold.</param>
    /// <exception cref="ArgumentException">The text is not a number above 0 and at most 1 (the message names it).</exception>
    public static SvebSinusVeto Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double t) || !IsValid(t))
            throw new ArgumentException($"sinus P veto threshold '{text}' is not a correlation above 0 and at most 1 (e.g. 0.9)");
        return new SvebSinusVeto(t);
    }

    private static bool IsValid(double t) => double.IsFinite(t) && t > 0 && t <= 1;

    /// <summary>Relabels the S calls of beats with a sinus-like P wave as N, in place.</summary>
    /// <param name="labels">Predicted class of each beat.</param>
    /// <param name="sinusCorrelation">Each beat's <see cref="SinusPWave.Correlations"/> (same length).</param>
    /// <returns>How many S calls were vetoed.</returns>
    public int Apply(AamiClass[] labels, float[] sinusCorrelation)
    {
        ArgumentNullException.ThrowIfNull(sinusCorrelation);
        var sinusLike = new bool[sinusCorrelation.Length];
        for (int i = 0; i < sinusLike.Length; i++)
            sinusLike[i] = sinusCorrelation[i] >= (float)Threshold; // in float, like the correlations
        return SCallRelabel.ToNormal(labels, sinusLike, "sinus P correlations");
    }

    /// <inheritdoc/>
    public override string ToString() => Threshold.ToString("0.###", CultureInfo.InvariantCulture);
}
