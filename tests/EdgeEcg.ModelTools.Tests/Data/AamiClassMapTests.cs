using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class AamiClassMapTests
{
    // Source: docs/EVALUATION.md, AAMI class table.
    [Theory]
    [InlineData("N", AamiClass.N)]
    [InlineData("L", AamiClass.N)]
    [InlineData("R", AamiClass.N)]
    [InlineData("e", AamiClass.N)]
    [InlineData("j", AamiClass.N)]
    [InlineData("A", AamiClass.S)]
    [InlineData("a", AamiClass.S)]
    [InlineData("J", AamiClass.S)]
    [InlineData("S", AamiClass.S)]
    [InlineData("V", AamiClass.V)]
    [InlineData("E", AamiClass.V)]
    [InlineData("F", AamiClass.F)]
    [InlineData("/", AamiClass.Q)]
    [InlineData("f", AamiClass.Q)]
    [InlineData("Q", AamiClass.Q)]
    public void MapsEveryMnemonicOfTheTable(string mnemonic, AamiClass expected) =>
        Assert.Equal(expected, AamiClassMap.FromCode(AnnotationCodes.FromMnemonic(mnemonic)));

    [Theory]
    [InlineData("+")]
    [InlineData("~")]
    [InlineData("|")]
    [InlineData("x")]
    public void NonBeats_HaveNoClass(string mnemonic) =>
        Assert.Null(AamiClassMap.FromCode(AnnotationCodes.FromMnemonic(mnemonic)));
}
