using System;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class SvebAtrialGateTests
{
    [Fact]
    public void SCallsWithDisorganisedAtrialActivity_AreReportedN_OthersStay()
    {
        var labels = new[] { AamiClass.S, AamiClass.S, AamiClass.S, AamiClass.V, AamiClass.N, AamiClass.S };
        float[] organisation = { 0.2f, 0.49f, 0.5f, 0.1f, 0.1f, float.NaN };
        int n = SvebAtrialGate.Apply(labels, organisation);
        Assert.Equal(2, n);
        // below the threshold: N; at it: S stays; V and N untouched; unknown (NaN): left alone
        Assert.Equal(new[] { AamiClass.N, AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.N, AamiClass.S }, labels);
    }

    [Fact]
    public void Flags_AreTheBeatsBelowTheThreshold()
    {
        Assert.Equal(new[] { true, false, false }, SvebAtrialGate.Flags(new[] { -0.3f, 0.9f, float.NaN }));
    }

    [Fact]
    public void ALengthMismatch_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => SvebAtrialGate.Apply(new AamiClass[3], new float[2]));
        Assert.Contains("atrial organisation values", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsItsOwnName_AndRefusesAnotherVersion()
    {
        Assert.True(SvebAtrialGate.Parse(SvebAtrialGate.Name));
        var e = Assert.Throws<ArgumentException>(() => SvebAtrialGate.Parse("porg2-med16-050-v0"));
        Assert.Contains(SvebAtrialGate.Name, e.Message, StringComparison.Ordinal);
    }
}
