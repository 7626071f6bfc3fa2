using System;
using System.IO;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

[Collection("Console")]
public sealed class NoiseStressCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edgeecg-nstcli-").FullName;

    [EcgDataFact]
    public void WritesNstdbNamedRecordsThatEqualPhysioNets()
    {
        string data = Path.GetDirectoryName(TestData.Mitdb)!;

        (int code, string error) = CommandRun.Invoke(NoiseStressCommand.Create(),
            "noise-stress", "--data", data, "--records", "118", "--snr", "0,24", "--out", dir);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.Nstdb, "118e00.dat")), File.ReadAllBytes(Path.Combine(dir, "118e00.dat")));
        Assert.True(File.Exists(Path.Combine(dir, "118e24.hea")));
        Assert.True(File.Exists(Path.Combine(dir, "118e24.atr")));
    }

    [Fact]
    public void MissingNoiseRecordAndBadSnrAreClearErrors()
    {
        Directory.CreateDirectory(Path.Combine(dir, "nstdb"));
        (int code, string error) = CommandRun.Invoke(NoiseStressCommand.Create(), "noise-stress", "--data", dir, "--noise", "xx", "--out", dir);
        Assert.Equal(2, code);
        Assert.Contains("noise record xx", error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "nstdb", "xx.hea"), "xx 1 360 10\nxx.dat 16 200 11 0 0 0 0 noise\n");
        (code, error) = CommandRun.Invoke(NoiseStressCommand.Create(), "noise-stress", "--data", dir, "--noise", "xx", "--snr", "6dB", "--out", dir);
        Assert.Equal(2, code);
        Assert.Contains("'6dB'", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
