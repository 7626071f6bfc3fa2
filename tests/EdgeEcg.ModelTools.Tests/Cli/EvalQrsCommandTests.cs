using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

[Collection("Console")]
public sealed class EvalQrsCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-evalqrs-").FullName;

    [Fact]
    public void CorruptRecordFailsWithAMessageNamingTheFile()
    {
        string db = Path.Combine(root, "baddb");
        Directory.CreateDirectory(db);
        File.WriteAllText(Path.Combine(db, "bad.hea"), "bad 1 360 1000\nbad.dat 212 200 11 1024 0 0 0 ECG\n");
        File.WriteAllBytes(Path.Combine(db, "bad.dat"), new byte[10]); // 1000 samples of format 212 need 1500 bytes
        AnnotationFile.Write(Path.Combine(db, "bad.atr"), Array.Empty<Annotation>());

        (int code, string error) = Run("--data", root, "--database", "baddb", "--records", "bad");

        Assert.NotEqual(0, code);
        Assert.Contains("bad.dat", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRecordFails()
    {
        Directory.CreateDirectory(Path.Combine(root, "db"));
        (int code, string error) = Run("--data", root, "--database", "db", "--records", "123");
        Assert.NotEqual(0, code);
        Assert.Contains("123", error, StringComparison.Ordinal);
    }

    [EcgDataFact]
    public void ScoresARecordAndWritesJsonAndMarkdown()
    {
        string json = Path.Combine(root, "qrs.json");
        string md = Path.Combine(root, "qrs.md");
        (int code, string error) = Run("--data", Path.GetDirectoryName(TestData.Mitdb)!, "--records", "100", "--json", json, "--markdown", md);

        Assert.True(code == 0, error);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.True(doc.RootElement.GetProperty("gross").GetProperty("se").GetDouble() > 99);
        Assert.Equal("100", doc.RootElement.GetProperty("records")[0].GetProperty("record").GetString());
        Assert.Contains("| 100 |", File.ReadAllText(md), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static (int Code, string Error) Run(params string[] args)
    {
        Command eval = new("eval");
        eval.Subcommands.Add(EvalQrsCommand.Create());
        return CommandRun.Invoke(eval, ["eval", "qrs", .. args]);
    }
}
