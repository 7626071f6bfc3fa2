using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Beats;

public class ClassCountsTests
{
    [Fact]
    public void MissedBeatsLowerSensitivity_ExtraDetectionsLowerPositivePredictivity()
    {
        var c = new ClassCounts();
        for (int i = 0; i < 8; i++)
            c.Paired.Add(AamiClass.V, AamiClass.V);
        c.Paired.Add(AamiClass.V, AamiClass.N);
        c.Paired.Add(AamiClass.N, AamiClass.V);
        for (int i = 0; i < 90; i++)
            c.Paired.Add(AamiClass.N, AamiClass.N);
        c.Missed[(int)AamiClass.V] = 1;
        c.Extra[(int)AamiClass.V] = 2;
        Assert.Equal(80.0, c.Se(AamiClass.V), 6);          // 8 / (8 + 1 + 1)
        Assert.Equal(100.0 * 8 / 11, c.Ppv(AamiClass.V), 6); // 8 / (8 + 1 + 2)
        Assert.Equal(100.0 * 3 / 93, c.Fpr(AamiClass.V), 6); // (1 N + 2 extra labelled V) of 90 + 3
        Assert.Equal(200.0 * 8 / (16 + 3 + 2), c.F1(AamiClass.V), 6);
    }

    /// <summary>bxb (WFDB bxb.c): VFP = Nv + Sv + Ov + Xv and SFP = Ns + Vs + Fs + Os + Xs.</summary>
    [Fact]
    public void FusionAndUnclassifiableBeatsLabelledVAreNotVebFalsePositives_AsInBxb()
    {
        var c = new ClassCounts();
        for (int i = 0; i < 6; i++)
            c.Paired.Add(AamiClass.V, AamiClass.V);
        for (int i = 0; i < 6; i++)
            c.Paired.Add(AamiClass.S, AamiClass.S);
        c.Paired.Add(AamiClass.F, AamiClass.V);
        c.Paired.Add(AamiClass.Q, AamiClass.V);
        c.Paired.Add(AamiClass.S, AamiClass.V); // counts
        c.Paired.Add(AamiClass.Q, AamiClass.S);
        c.Paired.Add(AamiClass.F, AamiClass.S); // counts
        c.Paired.Add(AamiClass.V, AamiClass.S); // counts
        for (int i = 0; i < 10; i++)
            c.Paired.Add(AamiClass.N, AamiClass.N);

        Assert.Equal(1, c.Fp(AamiClass.V));
        Assert.Equal(100.0 * 6 / 7, c.Ppv(AamiClass.V), 6);
        Assert.Equal(2, c.Fp(AamiClass.S));
        Assert.Equal(100.0 * 6 / 8, c.Ppv(AamiClass.S), 6);
        Assert.True(ClassCounts.IsExcludedFalsePositive(AamiClass.F, AamiClass.V));
        Assert.False(ClassCounts.IsExcludedFalsePositive(AamiClass.F, AamiClass.S));
        Assert.False(ClassCounts.IsExcludedFalsePositive(AamiClass.Q, AamiClass.N));
    }
}
