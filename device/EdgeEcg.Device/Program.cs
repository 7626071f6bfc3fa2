using System;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace EdgeEcg.Device;

/// <summary>Entry point of the device runtime command line.</summary>
public static class Program
{
    /// <summary>Exit code for a command line that could not be parsed (unknown option, bad value, missing argument).</summary>
    /// <remarks>Kept apart from 1, which <c>selftest</c> uses for "a check failed", so scripts can tell the two apart.</remarks>
    public const int UsageExitCode = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        RootCommand root = new("edgeecg: the EdgeEcg device runtime (annotate, selftest)");
        root.Subcommands.Add(Annotate.AnnotateCommand.Create());
        root.Subcommands.Add(SelfTest.SelfTestCommand.Create());

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError error in parsed.Errors)
            {
                Console.Error.WriteLine($"edgeecg: {error.Message}");
            }

            Console.Error.WriteLine("Run 'edgeecg --help' for usage.");
            return UsageExitCode;
        }

        return parsed.Invoke();
    }
}
