using EdgeEcg.Device.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class FrameTimelineTests
{
    private const long Frequency = 1_000_000; // 1 µs ticks; 500 SPS = 2000 ticks per frame

    [Fact]
    public void RegularFrames_EachCountOne()
    {
        var t = new FrameTimeline(500, Frequency);
        Assert.Equal(1, t.Advance(12345));
        Assert.Equal(1, t.Advance(14345));
        Assert.Equal(1, t.Advance(16345));
    }

    [Theory]
    [InlineData(4000, 2)]
    [InlineData(8000, 4)]
    [InlineData(2999, 1)] // 1.4995 periods of latency jitter is still one frame
    [InlineData(3001, 2)]
    public void Interval_IsRoundedToWholeFrames(long interval, long frames)
    {
        var t = new FrameTimeline(500, Frequency);
        t.Advance(0);
        Assert.Equal(frames, t.Advance(interval));
    }

    [Fact]
    public void LateThenEarly_Jitter_CountsNoGap()
    {
        var t = new FrameTimeline(250, Frequency); // 4000 ticks
        t.Advance(0);
        Assert.Equal(1, t.Advance(5500));
        Assert.Equal(1, t.Advance(8000));
    }

    [Fact]
    public void EdgeWithinHalfAPeriod_IsStale_AndDoesNotMoveTheReference()
    {
        var t = new FrameTimeline(500, Frequency);
        t.Advance(0);
        Assert.Equal(0, t.Advance(300));
        Assert.Equal(1, t.Advance(2000));
    }
}
