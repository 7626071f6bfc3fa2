using System;
using System.IO;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

public sealed class ResampleCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "edgeecg-resample-cli-" + Guid.NewGuid().ToString("N"));

    [EcgDataFact]
    public void WritesTheCopiesAsked_WithTheirAnnotations()
    {
        (int code, string error) = CommandRun.Invoke(ResampleCommand.Create(), "resample", "--data", TestData.Mitdb, "--split", "100,101", "--rate", "128", "--out", folder);
        Assert.True(code == 0, error);
        foreach (string r in new[] { "100", "101" })
        {
            WfdbHeader h = WfdbHeader.Read(Path.Combine(folder, r));
            Assert.Equal(128, h.SamplingFrequency);
            Assert.Equal((649999L * 128 / 360) + 1, h.SampleCount);
            Assert.True(File.Exists(Path.Combine(folder, r + ".atr")));
        }
    }

    [Fact]
    public void AMissingRecordOrABadRate_IsNamed()
    {
        Directory.CreateDirectory(folder);
        (int code, string error) = CommandRun.Invoke(ResampleCommand.Create(), "resample", "--data", folder, "--split", "900", "--rate", "128", "--out", Path.Combine(folder, "o"));
        Assert.Equal(2, code);
        Assert.Contains("record 900 not found", error, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "900.hea"), "900 1 360 10\n900.dat 212 200 11 1024 0 0 0 MLII\n");
        (code, error) = CommandRun.Invoke(ResampleCommand.Create(), "resample", "--data", folder, "--split", "900", "--rate", "20", "--out", Path.Combine(folder, "o"));
        Assert.Equal(2, code);
        Assert.Contains("from 100 to 10000 Hz", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
