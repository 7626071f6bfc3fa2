using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>
/// EC57 beat-class counts: the 5×5 confusion matrix of paired beats, plus reference beats the detector missed
/// (they count against the class's sensitivity) and detections without a reference beat (they count against the
/// predicted class's positive predictivity). False positives follow bxb, EC57's reference implementation (WFDB
/// <c>bxb.c</c>: VFP = Nv + Sv + Ov + Xv, SFP = Ns + Vs + Fs + Os + Xs): fusion and unclassifiable beats labelled V are
/// not VEB false positives, unclassifiable beats labelled S are not SVEB false positives (see
/// <see cref="IsExcludedFalsePositive"/>); +P, FPR and F1 all use these counts.
/// </summary>
public sealed class ClassCounts
{
    /// <summary>Confusion matrix of paired beats (rows reference, columns predicted).</summary>
    public ConfusionMatrix Paired { get; } = new();

    /// <summary>Reference beats without a detection, per reference class.</summary>
    public long[] Missed { get; } = new long[ConfusionMatrix.Classes];

    /// <summary>Detections without a reference beat, per predicted class.</summary>
    public long[] Extra { get; } = new long[ConfusionMatrix.Classes];

    /// <summary>Adds all counts of another instance.</summary>
    /// <param name="other">Counts to add.</param>
    public void Add(ClassCounts other)
    {
        Paired.Add(other.Paired);
        for (int c = 0; c < ConfusionMatrix.Classes; c++)
        {
            Missed[c] += other.Missed[c];
            Extra[c] += other.Extra[c];
        }
    }

    /// <summary>True positives of a class.</summary>
    /// <param name="c">Class.</param>
    public long Tp(AamiClass c) => Paired.TruePositives(c);

    /// <summary>False negatives: reference beats of the class labelled otherwise or missed.</summary>
    /// <param name="c">Class.</param>
    public long Fn(AamiClass c) => Paired.ReferenceCount(c) - Tp(c) + Missed[(int)c];

    /// <summary>False positives: beats labelled as the class that are another class (except the pairs bxb leaves out) or no beat at all.</summary>
    /// <param name="c">Class.</param>
    public long Fp(AamiClass c)
    {
        long fp = Extra[(int)c];
        foreach (AamiClass r in Enum.GetValues<AamiClass>())
            if (r != c && !IsExcludedFalsePositive(r, c))
                fp += Paired[r, c];
        return fp;
    }

    /// <summary>
    /// Whether a reference beat of class <paramref name="reference"/> labelled <paramref name="predicted"/> is left out of
    /// the false positives of <paramref name="predicted"/>, as bxb leaves it out: F or Q labelled V, Q labelled S.
    /// </summary>
    /// <param name="reference">Reference class.</param>
    /// <param name="predicted">Predicted class.</param>
    public static bool IsExcludedFalsePositive(AamiClass reference, AamiClass predicted) =>
        (predicted == AamiClass.V && reference is AamiClass.F or AamiClass.Q) || (predicted == AamiClass.S && reference == AamiClass.Q);

    /// <summary>Sensitivity in percent (NaN without reference beats of the class).</summary>
    /// <param name="c">Class.</param>
    public double Se(AamiClass c) => Percent(Tp(c), Tp(c) + Fn(c));

    /// <summary>Positive predictivity in percent (NaN when nothing was labelled as the class).</summary>
    /// <param name="c">Class.</param>
    public double Ppv(AamiClass c) => Percent(Tp(c), Tp(c) + Fp(c));

    /// <summary>
    /// False positive rate in percent, bxb's VEB FPR: FP / (FP + TN), TN = beats of other classes (paired or extra) labelled
    /// neither as the class nor left out.
    /// </summary>
    /// <param name="c">Class.</param>
    public double Fpr(AamiClass c)
    {
        long fp = Fp(c);
        long trueNegatives = 0;
        foreach (AamiClass r in Enum.GetValues<AamiClass>())
            foreach (AamiClass p in Enum.GetValues<AamiClass>())
                if (r != c && p != c)
                    trueNegatives += Paired[r, p];
        foreach (AamiClass p in Enum.GetValues<AamiClass>())
            if (p != c)
                trueNegatives += Extra[(int)p];
        return Percent(fp, trueNegatives + fp);
    }

    /// <summary>F1 in percent (NaN without reference or labelled beats of the class).</summary>
    /// <param name="c">Class.</param>
    public double F1(AamiClass c)
    {
        long den = 2 * Tp(c) + Fp(c) + Fn(c);
        return den == 0 ? double.NaN : 200.0 * Tp(c) / den;
    }

    /// <summary>Mean F1 over the given classes, skipping undefined ones.</summary>
    /// <param name="classes">Classes.</param>
    public double MacroF1(params AamiClass[] classes)
    {
        double sum = 0;
        int n = 0;
        foreach (AamiClass c in classes)
        {
            double f = F1(c);
            if (!double.IsNaN(f))
            {
                sum += f;
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }

    private static double Percent(long num, long den) => den == 0 ? double.NaN : 100.0 * num / den;
}
