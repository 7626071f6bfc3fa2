using System;
using System.CommandLine;
using System.IO;
using BenchmarkDotNet.Running;
using EdgeEcg.Benchmarks.Chain;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Benchmarks;

/// <summary>
/// Entry point: <c>chain</c> runs the quick timed chain comparison (<see cref="ChainTimer"/>); anything else goes to
/// the BenchmarkDotNet switcher (e.g. <c>--filter *ChainBenchmarks*</c>).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args"><c>chain [--record 100] [--repeat 5]</c>, or BenchmarkDotNet arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "chain")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        var record = new Option<string>("--record") { Description = "MIT-BIH record to process", DefaultValueFactory = _ => ChainRecordInfo.Record };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes per chain", DefaultValueFactory = _ => 5 };
        var chain = new Command("chain", "Times the fixed-point chain against the NWaves float peer (×real time, bytes per ECG second)");
        chain.Options.Add(record);
        chain.Options.Add(repeat);
        chain.SetAction(parseResult =>
        {
            try
            {
                return ChainTimer.Run(parseResult.GetValue(record)!, parseResult.GetValue(repeat), Console.Out);
            }
            catch (Exception e) when (e is IOException or WfdbFormatException or ArgumentException or NotSupportedException)
            {
                Console.Error.WriteLine("chain: " + e.Message);
                return 2;
            }
        });
        var root = new RootCommand("EdgeEcg benchmarks");
        root.Subcommands.Add(chain);
        return root.Parse(args).Invoke();
    }
}
