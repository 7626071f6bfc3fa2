using System;
using System.CommandLine;
using System.IO;
using EdgeEcg.Device.Annotate;
using Xunit;

namespace EdgeEcg.Device.Tests.Annotate;

[Collection("Console")]
public sealed class AnnotateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-annotate-cli-").FullName;

    [Fact]
    public void MissingRecordExitsNonZeroWithAClearMessage()
    {
        (int code, string output, string error) = Run("--record", Path.Combine(dir, "nope"), "--out", dir);
        Assert.NotEqual(0, code);
        Assert.Contains("nope.hea", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void CorruptRecordExitsNonZero()
    {
        File.WriteAllText(Path.Combine(dir, "bad.hea"), "bad 1 360 1000\nbad.dat 212 200 11 1024\n");
        File.WriteAllBytes(Path.Combine(dir, "bad.dat"), new byte[7]);
        (int code, _, string error) = Run("--record", Path.Combine(dir, "bad"), "--out", dir);
        Assert.NotEqual(0, code);
        Assert.Contains("bad.dat", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "bad.edg")));
    }

    [Fact]
    public void AnnotatesAndPrintsOneLine()
    {
        SyntheticRecord.Write(dir, "syn", 250, 30, 1.0);
        (int code, string output, string error) = Run("--record", Path.Combine(dir, "syn"), "--out", Path.Combine(dir, "out"), "--annotator", "qrs", "--mains", "50");
        Assert.True(code == 0, error);
        Assert.Single(output.TrimEnd().Split('\n'));
        Assert.StartsWith("syn: 29 beats", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "out", "syn.qrs")));
    }

    [Fact]
    public void RejectsAnUnknownMainsFrequency()
    {
        (int code, _, string error) = Run("--record", Path.Combine(dir, "x"), "--out", dir, "--mains", "55");
        Assert.NotEqual(0, code);
        Assert.Contains("--mains", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        RootCommand root = new("test");
        root.Subcommands.Add(AnnotateCommand.Create());
        TextWriter originalOut = Console.Out;
        TextWriter originalError = Console.Error;
        StringWriter output = new();
        StringWriter error = new();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            int code = root.Parse(["annotate", .. args]).Invoke();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
