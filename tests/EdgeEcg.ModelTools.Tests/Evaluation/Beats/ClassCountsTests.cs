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
        Assert.Equal(100.0 / 91, c.Fpr(AamiClass.V), 6);     // 1 N labelled V of 91 paired N
        Assert.Equal(200.0 * 8 / (16 + 3 + 2), c.F1(AamiClass.V), 6);
    }
}
