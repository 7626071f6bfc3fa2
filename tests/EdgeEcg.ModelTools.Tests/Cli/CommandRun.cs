using System;
using System.CommandLine;
using System.IO;

namespace EdgeEcg.ModelTools.Tests.Cli;

/// <summary>
/// Runs a command line and captures what it writes to standard error. Console redirection is process-wide, so every
/// capture takes one lock: tests in different collections run in parallel and would otherwise read each other's errors.
/// </summary>
internal static class CommandRun
{
    private static readonly object Gate = new();

    /// <summary>Invokes <paramref name="args"/> on a root command holding <paramref name="subcommand"/>; standard output is discarded.</summary>
    public static (int Code, string Error) Invoke(Command subcommand, params string[] args)
    {
        RootCommand root = new("test");
        root.Subcommands.Add(subcommand);
        lock (Gate)
        {
            TextWriter error = Console.Error;
            TextWriter output = Console.Out;
            var captured = new StringWriter();
            try
            {
                Console.SetError(captured);
                Console.SetOut(TextWriter.Null);
                int code = root.Parse(args).Invoke();
                return (code, captured.ToString());
            }
            finally
            {
                Console.SetError(error);
                Console.SetOut(output);
            }
        }
    }
}
