using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Per-beat loss weights that stop a few patients from defining a class. In MIT-BIH DS1 one record holds 41 % of the
/// S beats (209: 383 of 943), so a network can learn that patient's ectopic beats rather than what S beats share.
/// For every class but N, a beat of class c from record r gets (m_c / n_{c,r})^power, where n_{c,r} is the record's
/// count of class c and m_c the mean of n_{c,r} over the records that have the class; the ratio is clamped to
/// [1/<see cref="MaxRatio"/>, <see cref="MaxRatio"/>] (a record with two S beats does not get 30 times the weight) and
/// the weights of each class are then scaled to sum to its beat count, so the class weights keep their meaning.
/// N beats keep weight 1. Power 0 gives every beat weight 1.
/// </summary>
public static class PatientBalance
{
    /// <summary>Largest ratio of a record's weight to the mean (and of the mean to a record's), before the power.</summary>
    public const double MaxRatio = 16.0;

    /// <summary>Computes the weight of every beat of <paramref name="data"/>.</summary>
    /// <param name="data">Training beats.</param>
    /// <param name="power">Exponent: 0 off, 1 every record's beats of a class weigh the same in total.</param>
    /// <param name="classCount">Number of classes.</param>
    /// <returns>One weight per beat.</returns>
    public static float[] Weights(BeatDataset data, double power, int classCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (power < 0 || power > 1 || double.IsNaN(power))
            throw new ArgumentOutOfRangeException(nameof(power), power, "patient balance power must be in [0, 1]");
        var w = new float[data.Count];
        Array.Fill(w, 1f);
        if (power == 0)
            return w;
        int records = data.Records.Length;
        var counts = new int[classCount, records];
        for (int i = 0; i < data.Count; i++)
            counts[(int)data.Labels[i], data.RecordIndex[i]]++;
        for (int c = 0; c < classCount; c++)
        {
            if (c == (int)AamiClass.N)
                continue;
            int having = 0;
            long total = 0;
            for (int r = 0; r < records; r++)
            {
                if (counts[c, r] > 0)
                    having++;
                total += counts[c, r];
            }
            if (having == 0)
                continue;
            double mean = (double)total / having;
            var recordWeight = new double[records];
            double sum = 0;
            for (int r = 0; r < records; r++)
            {
                if (counts[c, r] == 0)
                    continue;
                recordWeight[r] = Math.Pow(Math.Clamp(mean / counts[c, r], 1 / MaxRatio, MaxRatio), power);
                sum += recordWeight[r] * counts[c, r];
            }
            double scale = total / sum;
            for (int i = 0; i < data.Count; i++)
                if ((int)data.Labels[i] == c)
                    w[i] = (float)(recordWeight[data.RecordIndex[i]] * scale);
        }
        return w;
    }
}
