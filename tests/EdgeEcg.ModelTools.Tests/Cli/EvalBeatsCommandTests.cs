using System;
using System.IO;
using EdgeEcg.ModelTools.Cli;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

public class EvalBeatsCommandTests
{
    [Fact]
    public void ABadNoiseRejectRatio_IsNamedBeforeAnythingIsLoaded()
    {
        string missing = Path.Combine(Path.GetTempPath(), "edgeecg-no-such-folder-" + Guid.NewGuid().ToString("N"));
        (int code, string error) = CommandRun.Invoke(EvalBeatsCommand.Create(),
            "beats", "--model", Path.Combine(missing, "m.onnx"), "--data", missing, "--noise-reject", "three");
        Assert.Equal(2, code);
        Assert.Contains("noise reject ratio 'three'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--af-gate")]
    [InlineData("--run-veto")]
    public void ABadRuleSwitchValue_IsNamedBeforeAnythingIsLoaded(string option)
    {
        string missing = Path.Combine(Path.GetTempPath(), "edgeecg-no-such-folder-" + Guid.NewGuid().ToString("N"));
        (int code, string error) = CommandRun.Invoke(EvalBeatsCommand.Create(),
            "beats", "--model", Path.Combine(missing, "m.onnx"), "--data", missing, option, "maybe");
        Assert.Equal(2, code);
        Assert.Contains($"{option} must be 'on' or 'off', not 'maybe'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CvRefusesABadNoiseRejectRatio()
    {
        string missing = Path.Combine(Path.GetTempPath(), "edgeecg-no-such-folder-" + Guid.NewGuid().ToString("N"));
        (int code, string error) = CommandRun.Invoke(CvCommand.Create(),
            "cv", "--dataset", Path.Combine(missing, "d.bin"), "--out", Path.Combine(missing, "out"), "--noise-reject", "0");
        Assert.Equal(2, code);
        Assert.Contains("noise reject ratio '0'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }
}
