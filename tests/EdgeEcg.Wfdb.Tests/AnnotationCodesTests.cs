using System;
using System.Linq;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class AnnotationCodesTests
{
    // WFDB annot.c cstring[] for codes 1..41, in code order.
    private const string MnemonicsInCodeOrder = "N L R a V F J A S E j / Q ~ [15] | [17] s T * D \" = p B ^ t + u ? ! [ ] e n @ x f ( ) r";

    [Fact]
    public void Mnemonic_MatchesWfdbTableForCodes1To41()
    {
        string[] expected = MnemonicsInCodeOrder.Split(' ');

        string[] actual = Enumerable.Range(1, 41).Select(c => AnnotationCodes.Mnemonic((AnnotationCode)c)).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Mnemonic_ContractExamples()
    {
        Assert.Equal("N", AnnotationCodes.Mnemonic(AnnotationCode.Normal));
        Assert.Equal("V", AnnotationCodes.Mnemonic(AnnotationCode.Pvc));
        Assert.Equal("A", AnnotationCodes.Mnemonic(AnnotationCode.Apc));
        Assert.Equal("+", AnnotationCodes.Mnemonic(AnnotationCode.Rhythm));
        Assert.Equal("[55]", AnnotationCodes.Mnemonic((AnnotationCode)55));
    }

    [Fact]
    public void FromMnemonic_InvertsMnemonicForEveryAssignedCode()
    {
        foreach (AnnotationCode code in Enum.GetValues<AnnotationCode>().Where(c => c != AnnotationCode.NotQrs))
        {
            Assert.Equal(code, AnnotationCodes.FromMnemonic(AnnotationCodes.Mnemonic(code)));
        }
    }

    [Theory]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("NN")]
    public void FromMnemonic_Unknown_Throws(string mnemonic)
    {
        Assert.False(AnnotationCodes.TryFromMnemonic(mnemonic, out _));
        Assert.Throws<ArgumentException>(() => AnnotationCodes.FromMnemonic(mnemonic));
    }

    [Fact]
    public void IsBeat_IsWfdbIsqrs()
    {
        // ecgmap.h wfdb_qrs[]: codes 1-13, 25 (B), 30 (?), 31 (!), 34 (e), 35 (n), 38 (f), 41 (r).
        int[] beats = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 31, 34, 35, 38, 41 };

        int[] actual = Enumerable.Range(0, 64).Where(c => AnnotationCodes.IsBeat((AnnotationCode)c)).ToArray();

        Assert.Equal(beats, actual);
    }

    [Fact]
    public void EnumValues_MatchTheContract()
    {
        Assert.Equal(1, (int)AnnotationCode.Normal);
        Assert.Equal(16, (int)AnnotationCode.Artifact);
        Assert.Equal(28, (int)AnnotationCode.Rhythm);
        Assert.Equal(41, (int)AnnotationCode.RonT);
        Assert.Equal("!", AnnotationCodes.Mnemonic(AnnotationCode.FlutterWave));
    }
}
