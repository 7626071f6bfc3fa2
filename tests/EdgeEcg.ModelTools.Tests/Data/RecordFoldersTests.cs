using System;
using System.IO;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public sealed class RecordFoldersTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-folders-").FullName;

    private string Folder(string name, params string[] records)
    {
        string f = Path.Combine(root, name);
        Directory.CreateDirectory(f);
        foreach (string r in records)
        {
            File.WriteAllText(Path.Combine(f, r + ".hea"), $"{r} 1 128 10\n");
            File.WriteAllText(Path.Combine(f, r + ".atr"), "");
        }
        return f;
    }

    [Fact]
    public void OneFolder_PutsEveryRecordInIt_WithoutLookingAtTheFiles()
    {
        RecordFolders one = "/no/such/folder";
        Assert.Equal(Path.Combine("/no/such/folder", "101"), one.PathOf("101"));
        Assert.Equal("folder", one.Description);
    }

    [Fact]
    public void SeveralFolders_FindEachRecordWhereItIs()
    {
        string mitdb = Folder("mitdb", "101", "119");
        string svdb = Folder("svdb", "800", "801");
        RecordFolders both = RecordFolders.Open(new[] { mitdb, svdb });
        Assert.Equal(Path.Combine(mitdb, "119"), both.PathOf("119"));
        Assert.Equal(Path.Combine(svdb, "800"), both.PathOf("800"));
        Assert.Equal("mitdb + svdb", both.Description);
        var e = Assert.Throws<FileNotFoundException>(() => both.PathOf("900"));
        Assert.Contains("record 900 not found", e.Message, StringComparison.Ordinal);
        Assert.Contains(svdb, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordNameInTwoFolders_IsRefusedNamingBoth()
    {
        string a = Folder("a", "101");
        string b = Folder("b", "101");
        var e = Assert.Throws<InvalidDataException>(() => RecordFolders.Open(new[] { a, b }));
        Assert.Equal($"record 101 is in two data folders, {a} and {b}; record names must be unique over the folders", e.Message);
    }

    [Fact]
    public void AMissingFolder_OrOneGivenTwice_IsRefused()
    {
        string a = Folder("a", "101");
        string missing = Path.Combine(root, "missing");
        Assert.Contains(missing, Assert.Throws<DirectoryNotFoundException>(() => RecordFolders.Open(new[] { a, missing })).Message, StringComparison.Ordinal);
        Assert.Contains("given twice", Assert.Throws<ArgumentException>(() => RecordFolders.Open(new[] { a, a + Path.DirectorySeparatorChar })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_TakesTheMitBihHalves_AFoldersName_AllAndNames_InTheOrderGiven()
    {
        string mitdb = Folder("mitdb", "101", "119", "100");
        string svdb = Folder("svdb", "801", "800");
        File.WriteAllText(Path.Combine(svdb, "802.hea"), "802 1 128 10\n"); // no reference annotations: not a training record
        RecordFolders both = RecordFolders.Open(new[] { mitdb, svdb });
        Assert.Equal(InterPatientSplit.Ds1, both.Resolve("ds1"));
        Assert.Equal(new[] { "800", "801", "119" }, both.Resolve("svdb, 119"));
        Assert.Equal(new[] { "100", "101", "119", "800", "801" }, both.Resolve("all"));
        Assert.Equal(new[] { "101", "800", "801" }, both.Resolve("101,svdb"));
    }

    [Fact]
    public void Split_RefusesARecordTwice_AndNothing()
    {
        RecordFolders both = RecordFolders.Open(new[] { Folder("mitdb", "101"), Folder("svdb", "800") });
        Assert.Contains("names record(s) 800 more than once", Assert.Throws<ArgumentException>(() => both.Resolve("800,svdb")).Message, StringComparison.Ordinal);
        Assert.Contains("names no records", Assert.Throws<ArgumentException>(() => both.Resolve(" , ")).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
