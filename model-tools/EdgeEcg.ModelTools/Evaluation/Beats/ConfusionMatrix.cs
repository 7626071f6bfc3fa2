using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Evaluation.Beats;

/// <summary>A 5×5 AAMI confusion matrix: rows are reference classes, columns are predicted classes.</summary>
public sealed class ConfusionMatrix
{
    /// <summary>Number of classes (N, S, V, F, Q).</summary>
    public const int Classes = 5;

    private readonly long[,] counts = new long[Classes, Classes];

    /// <summary>Adds one beat.</summary>
    /// <param name="reference">Reference class.</param>
    /// <param name="predicted">Predicted class.</param>
    public void Add(AamiClass reference, AamiClass predicted) => counts[(int)reference, (int)predicted]++;

    /// <summary>Adds every count of another matrix.</summary>
    /// <param name="other">The matrix to add.</param>
    public void Add(ConfusionMatrix other)
    {
        for (int r = 0; r < Classes; r++)
            for (int p = 0; p < Classes; p++)
                counts[r, p] += other.counts[r, p];
    }

    /// <summary>Beats of reference class <paramref name="reference"/> predicted as <paramref name="predicted"/>.</summary>
    /// <param name="reference">Reference class.</param>
    /// <param name="predicted">Predicted class.</param>
    public long this[AamiClass reference, AamiClass predicted] => counts[(int)reference, (int)predicted];

    /// <summary>Total beats.</summary>
    public long Total
    {
        get
        {
            long t = 0;
            foreach (long c in counts)
                t += c;
            return t;
        }
    }

    /// <summary>True positives of a class.</summary>
    /// <param name="c">The class.</param>
    public long TruePositives(AamiClass c) => counts[(int)c, (int)c];

    /// <summary>Reference beats of a class (TP + FN).</summary>
    /// <param name="c">The class.</param>
    public long ReferenceCount(AamiClass c)
    {
        long n = 0;
        for (int p = 0; p < Classes; p++)
            n += counts[(int)c, p];
        return n;
    }

    /// <summary>Beats predicted as a class (TP + FP).</summary>
    /// <param name="c">The class.</param>
    public long PredictedCount(AamiClass c)
    {
        long n = 0;
        for (int r = 0; r < Classes; r++)
            n += counts[r, (int)c];
        return n;
    }

    /// <summary>Sensitivity TP/(TP+FN) in percent, NaN when the class has no reference beats.</summary>
    /// <param name="c">The class.</param>
    public double Sensitivity(AamiClass c) => Percent(TruePositives(c), ReferenceCount(c));

    /// <summary>Positive predictivity TP/(TP+FP) in percent, NaN when nothing was predicted as the class.</summary>
    /// <param name="c">The class.</param>
    public double PositivePredictivity(AamiClass c) => Percent(TruePositives(c), PredictedCount(c));

    /// <summary>False positive rate FP/(FP+TN) in percent.</summary>
    /// <param name="c">The class.</param>
    public double FalsePositiveRate(AamiClass c)
    {
        long fp = PredictedCount(c) - TruePositives(c);
        long negatives = Total - ReferenceCount(c);
        return Percent(fp, negatives);
    }

    /// <summary>F1 score in percent (harmonic mean of Se and +P), NaN when undefined; 0 when either is 0.</summary>
    /// <param name="c">The class.</param>
    public double F1(AamiClass c)
    {
        long tp = TruePositives(c);
        long denom = ReferenceCount(c) + PredictedCount(c);
        return denom == 0 ? double.NaN : 200.0 * tp / denom;
    }

    /// <summary>Mean F1 in percent over the given classes, skipping classes where F1 is undefined.</summary>
    /// <param name="classes">Classes to average, e.g. N, S, V.</param>
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

    /// <summary>Overall accuracy in percent.</summary>
    public double Accuracy()
    {
        long tp = 0;
        for (int c = 0; c < Classes; c++)
            tp += counts[c, c];
        return Percent(tp, Total);
    }

    /// <summary>Cohen's kappa (chance-corrected agreement), NaN for an empty matrix.</summary>
    public double Kappa()
    {
        double total = Total;
        if (total == 0)
            return double.NaN;
        double po = 0;
        double pe = 0;
        for (int c = 0; c < Classes; c++)
        {
            po += counts[c, c] / total;
            pe += ReferenceCount((AamiClass)c) / total * (PredictedCount((AamiClass)c) / total);
        }
        return pe >= 1 ? double.NaN : (po - pe) / (1 - pe);
    }

    /// <summary>The counts as a jagged array [reference][predicted].</summary>
    public long[][] ToArray()
    {
        var a = new long[Classes][];
        for (int r = 0; r < Classes; r++)
        {
            a[r] = new long[Classes];
            for (int p = 0; p < Classes; p++)
                a[r][p] = counts[r, p];
        }
        return a;
    }

    private static double Percent(long num, long den) => den == 0 ? double.NaN : 100.0 * num / den;

    /// <summary>Builds a matrix from label arrays of equal length.</summary>
    /// <param name="reference">Reference labels.</param>
    /// <param name="predicted">Predicted labels.</param>
    public static ConfusionMatrix From(AamiClass[] reference, AamiClass[] predicted)
    {
        if (reference.Length != predicted.Length)
            throw new ArgumentException($"{reference.Length} reference labels but {predicted.Length} predictions");
        var m = new ConfusionMatrix();
        for (int i = 0; i < reference.Length; i++)
            m.Add(reference[i], predicted[i]);
        return m;
    }
}
