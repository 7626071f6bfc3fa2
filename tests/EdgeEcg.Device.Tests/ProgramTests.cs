using System;
using System.IO;
using Xunit;

namespace EdgeEcg.Device.Tests;

[Collection("Console")]
public class ProgramTests
{
    [Theory]
    [InlineData("selftest", "--rate", "abc")]
    [InlineData("selftest", "--no-such-option")]
    [InlineData("annotate", "--out", "x")]
    [InlineData("no-such-command")]
    public void Main_UnparsableArguments_ExitWithUsageCodeAndNameTheProblem(params string[] args)
    {
        TextWriter oldError = Console.Error;
        using StringWriter error = new();
        Console.SetError(error);
        int code;
        try
        {
            code = Program.Main(args);
        }
        finally
        {
            Console.SetError(oldError);
        }

        Assert.Equal(Program.UsageExitCode, code);
        Assert.Contains("edgeecg: ", error.ToString());
        Assert.Contains("--help", error.ToString());
    }

    [Fact]
    public void Main_Help_ExitsZero()
    {
        TextWriter oldOut = Console.Out;
        using StringWriter output = new();
        Console.SetOut(output);
        int code;
        try
        {
            code = Program.Main(["--help"]);
        }
        finally
        {
            Console.SetOut(oldOut);
        }

        Assert.Equal(0, code);
        Assert.Contains("annotate", output.ToString());
        Assert.Contains("selftest", output.ToString());
    }
}
