using System;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>Turns expected failures (bad input, missing files) into one clear line on stderr and exit code 2.</summary>
public static class CliErrors
{
    /// <summary>Runs a command body.</summary>
    /// <param name="command">Command name for the message.</param>
    /// <param name="body">The work.</param>
    /// <returns>0 on success, 2 on a reported input error.</returns>
    public static int Run(string command, Action body)
    {
        try
        {
            body();
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or WfdbFormatException or ArgumentException or NotSupportedException
            or UnauthorizedAccessException or DatasetSettingsMismatchException or InvalidOperationException)
        {
            Console.Error.WriteLine($"{command}: {e.Message}");
            return 2;
        }
    }
}
