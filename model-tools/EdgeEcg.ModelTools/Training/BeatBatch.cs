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

    /// <summary>Tensor [n] of the given rows' entries of a per-beat array (e.g. loss weights).</summary>
    /// <param name="values">One value per dataset row.</param>
    /// <param name="rows">Rows.</param>
    public static Tensor Weights(float[] values, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(values);
        var buf = new float[rows.Count];
        for (int i = 0; i < rows.Count; i++)
            buf[i] = values[rows[i]];
        return tensor(buf);
    }

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

    /// <summary>
    /// Spectrogram tensor with a random gain per beat: every pixel above the int8 floor (−128, which stays) moves by
    /// gain_dB / <paramref name="dbPerCode"/> codes, clamped to the int8 range, as if the ECG had been scaled.
    /// </summary>
    /// <param name="data">Dataset.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="maxGainDb">Gains are uniform in ±this many dB.</param>
    /// <param name="dbPerCode">dB per int8 step of the spectrogram (its quantisation scale).</param>
    /// <param name="rng">Random source.</param>
    public static Tensor ImagesWithGain(BeatDataset data, IReadOnlyList<int> rows, double maxGainDb, double dbPerCode, Random rng)
    {
        int size = data.ImageSize;
        var buf = new float[rows.Count * size];
        for (int i = 0; i < rows.Count; i++)
        {
            float shift = (float)((rng.NextDouble() * 2 - 1) * maxGainDb / dbPerCode);
            int src = rows[i] * size;
            int dst = i * size;
            for (int k = 0; k < size; k++)
            {
                sbyte q = data.Images[src + k];
                float v = q == sbyte.MinValue ? q : Math.Clamp(q + shift, sbyte.MinValue, sbyte.MaxValue);
                buf[dst + k] = v / ImageScale;
            }
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
