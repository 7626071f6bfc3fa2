using System;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class TrainingProgressTests
{
    [Fact]
    public void TheLogLineLeavesTheTimeLeftOut_TheTerminalLineShowsIt()
    {
        var p = new TrainingProgress(2, 6, 398, 398, 0.14589, "train N Se 98.5", TimeSpan.FromSeconds(41));
        Assert.Equal("epoch 2/6 batch 398/398 loss 0.1459 | train N Se 98.5", p.ToLogLine());
        Assert.Equal("epoch 2/6 batch 398/398 loss 0.1459 | train N Se 98.5 | left 00:00:41", p.ToString());
        Assert.Equal(p.ToLogLine(), (p with { Remaining = TimeSpan.FromMinutes(3) }).ToLogLine());
    }
}
