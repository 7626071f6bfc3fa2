using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Turns dataset rows into network input tensors.</summary>
public static class BeatBatch
{
    /// <summary>Divisor that maps int8 spectrogram values to the network's float input (value / 128).</summary>
    public const float ImageScale = 128f;

    /// <summary>Spectrogram tensor [n, 1, 32, 32] of the given rows.</summary>
    /// <param name="data">Dataset.</param>
    /// <param name="rows">Rows.</param>
    public static Tensor Images(BeatDataset data, IReadOnlyList<int> rows)
    {
        int size = data.ImageSize;
        var buf = new float[rows.Count * size];
        for (int i = 0; i < rows.Count; i++)
        {
            int src = rows[i] * size;
            int dst = i * size;
            for (int k = 0; k < size; k++)
                buf[dst + k] = data.Images[src + k] / ImageScale;
        }
        return tensor(buf, new long[] { rows.Count, 1, BeatNetOptions.ImageHeight, BeatNetOptions.ImageWidth });
    }

    /// <summary>RR feature tensor [n, F] of the given rows.</summary>
    /// <param name="data">Dataset.</param>
    /// <param name="rows">Rows.</param>
    public static Tensor Rr(BeatDataset data, IReadOnlyList<int> rows)
    {
        int f = data.RrFeatureCount;
        var buf = new float[rows.Count * f];
        for (int i = 0; i < rows.Count; i++)
            Array.Copy(data.RrFeatures, rows[i] * f, buf, i * f, f);
        return tensor(buf, new long[] { rows.Count, f });
    }

    /// <summary>Label tensor [n] (int64) of the given rows.</summary>
    /// <param name="data">Dataset.</param>
    /// <param name="rows">Rows.</param>
    public static Tensor Labels(BeatDataset data, IReadOnlyList<int> rows)
    {
        var buf = new long[rows.Count];
        for (int i = 0; i < rows.Count; i++)
            buf[i] = (long)data.Labels[rows[i]];
        return tensor(buf);
    }

    /// <summary>Rows start..start+count-1 of an index array.</summary>
    /// <param name="order">Index array.</param>
    /// <param name="start">First position.</param>
    /// <param name="count">Number of positions.</param>
    public static int[] Slice(int[] order, int start, int count)
    {
        var rows = new int[count];
        Array.Copy(order, start, rows, 0, count);
        return rows;
    }
}
