using System;
using System.IO;
using EdgeEcg.ModelTools.Evaluation.CrossValidation;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.CrossValidation;

public sealed class FoldEnsembleTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-fold-").FullName;

    [Fact]
    public void NoRunFolder_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => FoldEnsemble.Open(Array.Empty<string>(), 0));
    }

    [Fact]
    public void AMissingFoldModel_IsRefusedByPath_BeforeAnyModelIsRead()
    {
        string a = Directory.CreateDirectory(Path.Combine(dir, "a")).FullName;
        string b = Directory.CreateDirectory(Path.Combine(dir, "b")).FullName;
        File.WriteAllBytes(Path.Combine(a, "fold1.onnx"), new byte[] { 1, 2, 3 }); // fold 1 exists in a only
        int seen = 0;
        var e = Assert.Throws<FileNotFoundException>(() => FoldEnsemble.Open(new[] { b, a }, 1, _ => seen++));
        Assert.Contains(Path.Combine(b, "fold1.onnx"), e.Message, StringComparison.Ordinal);
        Assert.Equal(0, seen);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
