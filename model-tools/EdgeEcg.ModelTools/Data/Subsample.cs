using System;
using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Data;

/// <summary>Seeded class-stratified subsampling (keeps rare classes represented, e.g. for calibration sets).</summary>
public static class Subsample
{
    /// <summary>
    /// Row indices of at most <paramref name="count"/> beats: each class contributes in proportion to its size but at
    /// least min(its size, count / 20) beats. Rows are returned in ascending order.
    /// </summary>
    /// <param name="labels">Labels of all rows.</param>
    /// <param name="count">Rows wanted.</param>
    /// <param name="seed">Seed.</param>
    public static int[] Stratified(AamiClass[] labels, int count, int seed)
    {
        if (count >= labels.Length)
        {
            var all = new int[labels.Length];
            for (int i = 0; i < all.Length; i++)
                all[i] = i;
            return all;
        }
        var byClass = new List<int>[5];
        for (int c = 0; c < 5; c++)
            byClass[c] = new List<int>();
        for (int i = 0; i < labels.Length; i++)
            byClass[(int)labels[i]].Add(i);
        var rng = new Random(seed);
        var chosen = new List<int>();
        int floor = count / 20;
        for (int c = 0; c < 5; c++)
        {
            int[] rows = byClass[c].ToArray();
            rng.Shuffle(rows);
            int take = Math.Min(rows.Length, Math.Max((int)((long)rows.Length * count / labels.Length), Math.Min(rows.Length, floor)));
            for (int k = 0; k < take; k++)
                chosen.Add(rows[k]);
        }
        chosen.Sort();
        return chosen.ToArray();
    }
}
