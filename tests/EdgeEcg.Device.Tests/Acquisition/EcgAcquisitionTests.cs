using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class EcgAcquisitionTests
{
    [Fact]
    public void CleanRun_DeliversConsecutiveIndicesWithSourceCodes_AndNoEvents()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        List<AcquiredFrame> frames = sim.Run(2000);

        Assert.True(frames.Count >= 2000);
        for (int i = 0; i < frames.Count; i++)
        {
            Assert.Equal(i, frames[i].SampleIndex);
            Assert.Equal(sim.ExpectedChannel2(i), frames[i].Channel2);
        }

        Assert.Empty(sim.Events);
        Assert.Equal(0, sim.Acquisition.Statistics.LostFrames);
    }

    [Fact]
    public void MissedDrdy_IsReportedAsGapWithItsLength_AndStreamStaysAligned()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        sim.Simulator.Schedule(new ScheduledEvent(ScheduledEventKind.MissedDataReady, 100, 3));
        List<AcquiredFrame> frames = sim.Run(500);

        AcquisitionEvent gap = Assert.Single(sim.Events);
        Assert.Equal(AcquisitionEvent.Gap(100, 3, GapCause.MissedDataReady), gap);
        Assert.DoesNotContain(frames, f => f.SampleIndex is >= 100 and < 103);
        AcquiredFrame after = frames.Single(f => f.SampleIndex == 103);
        Assert.Equal(sim.ExpectedChannel2(103), after.Channel2);
        Assert.All(frames, f => Assert.Equal(sim.ExpectedChannel2(f.SampleIndex), f.Channel2));
        Assert.Equal(3, sim.Acquisition.Statistics.MissedFrames);
    }

    [Fact]
    public void SingleDesyncFrame_IsDiscardedAsOneSampleGap()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        sim.Simulator.Schedule(new ScheduledEvent(ScheduledEventKind.BitSlip, 50, 1));
        List<AcquiredFrame> frames = sim.Run(300);

        Assert.Equal([AcquisitionEvent.Gap(50, 1, GapCause.Desync)], sim.Events);
        Assert.DoesNotContain(frames, f => f.SampleIndex == 50);
        Assert.Equal(sim.ExpectedChannel2(51), frames.Single(f => f.SampleIndex == 51).Channel2);
    }

    [Fact]
    public void PersistentDesync_TriggersResynchronization_ThenStreamRecovers()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        sim.Simulator.Schedule(new ScheduledEvent(ScheduledEventKind.BitSlip, 200, 4));
        List<AcquiredFrame> frames = sim.Run(600);

        Assert.Equal(4, sim.Events.Count(e => e.Cause == GapCause.Desync));
        AcquisitionEvent resync = Assert.Single(sim.Events, e => e.Kind == AcquisitionEventKind.Resynchronized);
        Assert.Equal(203, resync.SampleIndex);
        Assert.Equal(1, sim.Acquisition.Statistics.Resynchronizations);
        Assert.True(sim.Simulator.Statistics.Opcodes[(int)Command.StopReadDataContinuous] >= 2);
        List<AcquiredFrame> after = frames.Where(f => f.SampleIndex >= 204).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, f => Assert.Equal(sim.ExpectedChannel2(f.SampleIndex), f.Channel2));
    }

    [Fact]
    public void LeadOff_ProducesOffAndOnEvents_WithStatusBitsOnFrames()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        sim.Simulator.Schedule(new ScheduledEvent(ScheduledEventKind.LeadOff, 200, 100, LeadOffStatus.In2Positive));
        List<AcquiredFrame> frames = sim.Run(500);

        Assert.Equal(
            [
                new AcquisitionEvent(AcquisitionEventKind.LeadOffChanged, 200, 0, GapCause.None, LeadOffStatus.In2Positive),
                new AcquisitionEvent(AcquisitionEventKind.LeadOffChanged, 300, 0, GapCause.None, LeadOffStatus.None),
            ],
            sim.Events);
        Assert.All(frames.Where(f => f.SampleIndex is >= 200 and < 300), f => Assert.Equal(Ads1292rScale.MaxCode, f.Channel2));
        Assert.Equal(sim.ExpectedChannel2(300), frames.Single(f => f.SampleIndex == 300).Channel2);
    }

    [Fact]
    public void FullRing_IsReportedAsOverrunGap_NeverHidden()
    {
        var options = new AcquisitionOptions { FrameCapacity = 16, WaitWhenFull = false };
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource(), options: options);
        sim.Acquisition.Start();
        Assert.True(SpinWait.SpinUntil(() => sim.Acquisition.Statistics.OverrunFrames > 10, 10_000));
        var frames = new List<AcquiredFrame>();
        while (frames.Count < 200)
        {
            if (sim.Acquisition.TryRead(out AcquiredFrame f))
            {
                frames.Add(f);
            }
        }

        sim.Acquisition.Stop();
        var events = new List<AcquisitionEvent>();
        while (sim.Acquisition.TryReadEvent(out AcquisitionEvent e))
        {
            events.Add(e);
        }

        AcquisitionEvent first = events[0];
        Assert.Equal(GapCause.Overrun, first.Cause);
        Assert.Equal(16, first.SampleIndex);
        Assert.Equal(sim.Acquisition.Statistics.OverrunFrames, events.Sum(e => e.Length));
        // Every index is either delivered or inside a reported gap.
        long delivered = sim.Acquisition.Statistics.Frames;
        Assert.Equal(sim.Acquisition.SampleCounter, delivered + sim.Acquisition.Statistics.OverrunFrames);
    }
}
