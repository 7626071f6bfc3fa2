using System;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Tests.Training;

/// <summary>A synthetic record for the rhythm simulations' tests.</summary>
internal static class RhythmFixture
{
    /// <summary>Sample rate of the record (MIT-BIH's).</summary>
    public const double Fs = 360;

    /// <summary>The sinus RR in samples (0.8 s).</summary>
    public const int RrSamples = 288;

    /// <summary>One 40-minute record of regular sinus beats, every 50th beat an S beat 30 % early, features as the dataset has them.</summary>
    public static BeatDataset SinusRecord()
    {
        int n = 3000;
        var samples = new long[n];
        var labels = new AamiClass[n];
        long t = 1000;
        for (int i = 0; i < n; i++)
        {
            bool premature = i % 50 == 25;
            t += premature ? (long)(RrSamples * 0.7) : (i % 50 == 26 ? (long)(RrSamples * 1.3) : RrSamples);
            samples[i] = t;
            labels[i] = premature ? AamiClass.S : AamiClass.N;
        }
        float[] rr = RrFeatures.Compute(samples, Fs);
        int f = RrFeatures.Count + 2; // two more columns stand for the template features
        var features = new float[n * f];
        for (int i = 0; i < n; i++)
        {
            Array.Copy(rr, i * RrFeatures.Count, features, i * f, RrFeatures.Count);
            features[(i * f) + RrFeatures.Count] = i;
            features[(i * f) + RrFeatures.Count + 1] = -i;
        }
        return new BeatDataset(4, f, new sbyte[n * 4], features, labels, new int[n], samples, new[] { "r" });
    }
}
