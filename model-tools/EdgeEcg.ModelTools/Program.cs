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
        RootCommand root = new("edgeecg-model: EdgeEcg model-tools (datasets, training, quantization, export, EC57 evaluation)");

        Command eval = new("eval", "Evaluate QRS detectors and beat classifiers under ANSI/AAMI EC57");
        root.Subcommands.Add(eval);
        root.Subcommands.Add(Cli.DatasetCommand.Create());
        root.Subcommands.Add(Cli.TrainCommand.Create());
        root.Subcommands.Add(Cli.CvCommand.Create());
        root.Subcommands.Add(Cli.NoiseStressCommand.Create());
        root.Subcommands.Add(Cli.ResampleCommand.Create());
        eval.Subcommands.Add(Cli.EvalQrsCommand.Create());
        eval.Subcommands.Add(Cli.EvalBeatsCommand.Create());
        eval.Subcommands.Add(Cli.EvalAfCommand.Create());

        return root.Parse(args).Invoke();
    }
}
