using System.CommandLine;

namespace EdgeEcg.Device;

/// <summary>Entry point of the device runtime command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        RootCommand root = new("edgeecg: the EdgeEcg device runtime (annotate, selftest)");
        root.Subcommands.Add(Annotate.AnnotateCommand.Create());
        root.Subcommands.Add(SelfTest.SelfTestCommand.Create());

        return root.Parse(args).Invoke();
    }
}
