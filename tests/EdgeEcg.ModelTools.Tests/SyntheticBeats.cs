using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Tests;

/// <summary>
/// Synthetic, learnable beats for tests that must not need ECG data: class c has a bright horizontal band at rows
/// 4c..4c+3 of the image plus noise, and its first RR feature is 0.6 + 0.2c. Records alternate per beat block.
/// </summary>
internal static class SyntheticBeats
{
    public const int RrFeatures = 7;

    public static BeatDataset Make(int perClass, int seed, int classes = 3)
    {
        var rng = new Random(seed);
        int n = perClass * classes;
        var images = new sbyte[n * 1024];
        var rr = new float[n * RrFeatures];
        var labels = new AamiClass[n];
        var rec = new int[n];
        var samples = new long[n];
        for (int i = 0; i < n; i++)
        {
            int c = i % classes;
            labels[i] = (AamiClass)c;
            rec[i] = i / 10 % 2;
            samples[i] = i * 300;
            for (int k = 0; k < 1024; k++)
            {
                int row = k / 32;
                int v = rng.Next(-40, 40) + (row / 4 == c ? 80 : 0);
                images[i * 1024 + k] = (sbyte)Math.Clamp(v, -128, 127);
            }
            for (int f = 0; f < RrFeatures; f++)
                rr[i * RrFeatures + f] = (float)(rng.NextDouble() * 0.1 + (f == 0 ? 0.6 + 0.2 * c : 1.0));
        }
        return new BeatDataset(1024, RrFeatures, images, rr, labels, rec, samples, new[] { "r0", "r1" });
    }

    /// <summary>
    /// Writes a dataset cache with the current DSP settings: 3 learnable classes, <see cref="BeatFeatures.Count"/>
    /// features, the beats split between records 101 and 106, and returns its path.
    /// </summary>
    public static string WriteCache(string directory)
    {
        BeatDataset s = Make(perClass: 60, seed: 11);
        int n = s.Count;
        var features = new float[n * BeatFeatures.Count];
        for (int i = 0; i < n; i++)
            for (int f = 0; f < BeatFeatures.Count; f++)
                features[i * BeatFeatures.Count + f] = s.RrFeatures[i * s.RrFeatureCount + f % s.RrFeatureCount];
        var data = new BeatDataset(s.ImageSize, BeatFeatures.Count, s.Images, features, s.Labels, s.RecordIndex, s.Samples, new[] { "101", "106" });
        string path = System.IO.Path.Combine(directory, "synthetic.bin");
        BeatDatasetFile.Write(path, data, DspSettings.Default);
        return path;
    }
}
