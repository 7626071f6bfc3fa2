using System;
using System.CommandLine;
using System.IO;
using EdgeEcg.ModelTools.Cli;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

public sealed class CvCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-cv-").FullName;

    [Fact]
    public void Seeds_AreParsedInOrder()
    {
        Assert.Equal(new[] { 1, 2, 30 }, CvCommand.ParseSeeds("1, 2,30"));
    }

    [Theory]
    [InlineData("1,x", "'x' is not an integer")]
    [InlineData("4,4", "seed 4 is given twice")]
    [InlineData(" , ", "no seed")]
    public void BadSeeds_AreRefusedNamingTheProblem(string text, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => CvCommand.ParseSeeds(text));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ds2Records_AreRefusedBeforeAnythingIsLoaded()
    {
        var error = new StringWriter();
        TextWriter old = Console.Error;
        Console.SetError(error);
        try
        {
            RootCommand command = new("test");
            command.Subcommands.Add(CvCommand.Create());
            int code = command.Parse(["cv", "--dataset", Path.Combine(root, "missing.bin"), "--split", "101,100", "--out", Path.Combine(root, "out")]).Invoke();
            Assert.Equal(2, code);
        }
        finally
        {
            Console.SetError(old);
        }
        Assert.Contains("DS2", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "missing.bin")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
