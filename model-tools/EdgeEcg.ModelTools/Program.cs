using System.CommandLine;

namespace EdgeEcg.ModelTools;

/// <summary>Entry point of edgeecg-model, the model developer's command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        RootCommand root = new("EdgeEcg model-tools");
        return root.Parse(args).Invoke();
    }
}
