using System;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class SvebAfGateTests
{
    [Fact]
    public void OnlySCallsOfFlaggedBeats_BecomeN()
    {
        AamiClass[] labels = { AamiClass.S, AamiClass.S, AamiClass.V, AamiClass.N, AamiClass.F, AamiClass.Q, AamiClass.S };
        bool[] flags = { true, false, true, true, true, true, true };
        Assert.Equal(2, SvebAfGate.Apply(labels, flags));
        Assert.Equal(new[] { AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.N, AamiClass.F, AamiClass.Q, AamiClass.N }, labels);
    }

    [Fact]
    public void Parse_TakesOnlyThisBuildsVersion()
    {
        Assert.True(SvebAfGate.Parse(SvebAfGate.Name));
        var e = Assert.Throws<ArgumentException>(() => SvebAfGate.Parse("rr16-min32-v0"));
        Assert.Contains("rr16-min32-v0", e.Message, StringComparison.Ordinal);
        Assert.Contains(SvebAfGate.Name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedLengths_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => SvebAfGate.Apply(new AamiClass[3], new bool[2]));
        Assert.Contains("3 labels but 2", e.Message, StringComparison.Ordinal);
    }
}
