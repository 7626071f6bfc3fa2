using System;
using System.IO;
using EdgeEcg.ModelTools.Evaluation.Qrs;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Evaluation.Qrs;

public sealed class RecordSelectionTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-records-").FullName;

    [Fact]
    public void AllMeansRecordsWithHeaderAndReferenceSortedByName()
    {
        Touch("201.hea", "201.atr", "100.hea", "100.atr", "102-0.atr", "noatr.hea");
        Assert.Equal(new[] { "100", "201" }, RecordSelection.Resolve(dir, "all"));
    }

    [Fact]
    public void ListKeepsTheOrderGiven()
    {
        Touch("201.hea", "100.hea");
        Assert.Equal(new[] { "201", "100" }, RecordSelection.Resolve(dir, " 201, 100 "));
    }

    [Fact]
    public void MissingRecordOrFolderIsAClearError()
    {
        Touch("100.hea");
        FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => RecordSelection.Resolve(dir, "100,999"));
        Assert.Contains("999.hea", e.Message, StringComparison.Ordinal);
        Assert.Throws<DirectoryNotFoundException>(() => RecordSelection.Resolve(Path.Combine(dir, "nope"), "all"));
        Assert.Throws<FileNotFoundException>(() => RecordSelection.Resolve(dir, "all"));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void Touch(params string[] names)
    {
        foreach (string name in names)
        {
            File.WriteAllText(Path.Combine(dir, name), string.Empty);
        }
    }
}
