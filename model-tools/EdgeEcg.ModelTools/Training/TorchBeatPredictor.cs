using System;
using EdgeEcg.ModelTools.Data;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Runs a TorchSharp network over a dataset in evaluation mode.</summary>
public static class TorchBeatPredictor
{
    /// <summary>Logits [count × classes], row-major.</summary>
    /// <param name="net">Network (switched to evaluation mode).</param>
    /// <param name="data">Beats.</param>
    /// <param name="batchSize">Beats per forward pass.</param>
    public static float[] Logits(BeatMobileNet net, BeatDataset data, int batchSize = 512)
    {
        net.eval();
        int k = net.Options.ClassCount;
        var result = new float[data.Count * k];
        var all = new int[data.Count];
        for (int i = 0; i < all.Length; i++)
            all[i] = i;
        using var _ = no_grad();
        for (int start = 0; start < data.Count; start += batchSize)
        {
            int n = Math.Min(batchSize, data.Count - start);
            int[] rows = BeatBatch.Slice(all, start, n);
            using var scope = NewDisposeScope();
            Tensor images = BeatBatch.Images(data, rows), rr = BeatBatch.Rr(data, rows);
            Tensor y;
            using (GcPause.Start())
                y = net.forward(images, rr);
            y.contiguous().data<float>().CopyTo(result, start * k);
        }
        return result;
    }

    /// <summary>Arg-max class of each row of a logits array.</summary>
    /// <param name="logits">Logits, row-major.</param>
    /// <param name="classes">Classes per row.</param>
    public static AamiClass[] ArgMax(float[] logits, int classes)
    {
        var labels = new AamiClass[logits.Length / classes];
        for (int i = 0; i < labels.Length; i++)
        {
            int best = 0;
            for (int c = 1; c < classes; c++)
                if (logits[i * classes + c] > logits[i * classes + best])
                    best = c;
            labels[i] = (AamiClass)best;
        }
        return labels;
    }
}
