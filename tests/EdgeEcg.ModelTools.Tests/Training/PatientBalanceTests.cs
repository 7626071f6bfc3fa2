using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class PatientBalanceTests
{
    /// <summary>Record 0: 10 N, 30 S; record 1: 10 N, 10 S, 4 V; record 2: 5 N, 2 S.</summary>
    private static BeatDataset Data()
    {
        var labels = new System.Collections.Generic.List<AamiClass>();
        var rec = new System.Collections.Generic.List<int>();
        void Add(int r, AamiClass c, int n)
        {
            for (int i = 0; i < n; i++)
            {
                labels.Add(c);
                rec.Add(r);
            }
        }
        Add(0, AamiClass.N, 10);
        Add(0, AamiClass.S, 30);
        Add(1, AamiClass.N, 10);
        Add(1, AamiClass.S, 10);
        Add(1, AamiClass.V, 4);
        Add(2, AamiClass.N, 5);
        Add(2, AamiClass.S, 2);
        int n = labels.Count;
        return new BeatDataset(1, 1, new sbyte[n], new float[n], labels.ToArray(), rec.ToArray(), new long[n], new[] { "a", "b", "c" });
    }

    private static float WeightOf(BeatDataset d, float[] w, int record, AamiClass c) =>
        w[Enumerable.Range(0, d.Count).First(i => d.RecordIndex[i] == record && d.Labels[i] == c)];

    [Fact]
    public void PowerZero_IsEveryBeatOne()
    {
        BeatDataset d = Data();
        Assert.All(PatientBalance.Weights(d, 0, 5), w => Assert.Equal(1f, w));
    }

    [Fact]
    public void PowerOne_GivesEveryRecordTheSameTotalForAClass_AndKeepsTheClassTotal()
    {
        BeatDataset d = Data();
        float[] w = PatientBalance.Weights(d, 1, 5);
        double s0 = 30 * WeightOf(d, w, 0, AamiClass.S), s1 = 10 * WeightOf(d, w, 1, AamiClass.S), s2 = 2 * WeightOf(d, w, 2, AamiClass.S);
        Assert.Equal(s0, s1, 4);
        Assert.Equal(s0, s2, 4);
        Assert.Equal(42.0, s0 + s1 + s2, 3);
        Assert.Equal(1f, WeightOf(d, w, 1, AamiClass.V), 5); // a class in one record only is unchanged
        Assert.All(Enumerable.Range(0, d.Count).Where(i => d.Labels[i] == AamiClass.N), i => Assert.Equal(1f, w[i]));
    }

    [Fact]
    public void HalfPower_MovesHalfwayOnALogScale()
    {
        BeatDataset d = Data();
        float[] w = PatientBalance.Weights(d, 0.5, 5);
        double ratio = WeightOf(d, w, 1, AamiClass.S) / WeightOf(d, w, 0, AamiClass.S);
        Assert.Equal(Math.Sqrt(3.0), ratio, 4); // (m/10)^0.5 / (m/30)^0.5
    }

    [Fact]
    public void ARecordWithVeryFewBeats_IsClamped()
    {
        var labels = Enumerable.Repeat(AamiClass.S, 1000).Append(AamiClass.S).ToArray();
        int[] rec = Enumerable.Repeat(0, 1000).Append(1).ToArray();
        var d = new BeatDataset(1, 1, new sbyte[1001], new float[1001], labels, rec, new long[1001], new[] { "big", "one" });
        float[] w = PatientBalance.Weights(d, 1, 5);
        // mean 500.5: the big record's ratio 0.5005 is inside the clamp, the single beat's 500.5 is cut to 16.
        Assert.Equal(PatientBalance.MaxRatio / 0.5005, w[1000] / w[0], 2);
    }

    [Fact]
    public void PowerOutsideZeroToOne_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PatientBalance.Weights(Data(), 1.5, 5));
        Assert.Contains("patient balance power", e.Message, StringComparison.Ordinal);
    }
}
