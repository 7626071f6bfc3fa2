using System;
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

    [Fact]
    public void Stop_WhileFramesArriveAtFullSpeed_LeavesNoHandlerRunning()
    {
        // Overruns keep the DRDY handler busy on every conversion; once Stop returns, no handler may still be
        // reading the chip or writing the rings (the frame counter and the chip's read count stay put).
        for (int run = 0; run < 20; run++)
        {
            var options = new AcquisitionOptions { FrameCapacity = 16, WaitWhenFull = false };
            using var sim = new SimulatedAcquisition(new SyntheticEcgSource(), options: options);
            sim.Acquisition.Start();
            Assert.True(SpinWait.SpinUntil(() => sim.Acquisition.Statistics.OverrunFrames > run, 10_000));
            sim.Acquisition.Stop();
            long counter = sim.Acquisition.SampleCounter;
            long read = sim.Simulator.Statistics.FramesRead;

            Thread.Sleep(5);

            Assert.False(sim.Acquisition.IsRunning);
            Assert.Equal(counter, sim.Acquisition.SampleCounter);
            Assert.Equal(read, sim.Simulator.Statistics.FramesRead);
        }
    }

    [Theory]
    [InlineData(1000, 256, 3, "FrameCapacity")]
    [InlineData(4096, 0, 3, "EventCapacity")]
    [InlineData(4096, 256, 0, "ResynchronizeAfter")]
    public void BadOptions_AreRefusedNamingTheOption(int frames, int events, int resync, string option)
    {
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed);
        using Ads1292r.Ads1292r chip = simulator.CreateBinding();
        var options = new AcquisitionOptions { FrameCapacity = frames, EventCapacity = events, ResynchronizeAfter = resync };

        ArgumentException e = Assert.Throws<ArgumentException>(() => new EcgAcquisition(chip, simulator.Clock, options));
        Assert.Contains("AcquisitionOptions." + option, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AfterStop_IsRefused()
    {
        using var sim = new SimulatedAcquisition(new SyntheticEcgSource());
        sim.Run(10);

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(sim.Acquisition.Start);
        Assert.Contains("create a new one", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedSpiReads_AreOneSampleGapsEach_AndTheStreamContinues()
    {
        // A bus error inside the DRDY handler must not escape onto the driver's thread (it would end the process).
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.FullSpeed);
        var spi = new FlakySpiDevice(simulator.CreateSpiDevice());
        using var chip = new Ads1292r.Ads1292r(spi, simulator.CreateGpioController(), simulator.DataReadyPin, simulator.StartPin, simulator.ResetPin);
        chip.Initialize();
        var settings = new Ads1292rSettings();
        chip.Configure(settings);
        using var acquisition = new EcgAcquisition(chip, simulator.Clock, new AcquisitionOptions { WaitWhenFull = true });
        var frames = new List<AcquiredFrame>();
        var events = new List<AcquisitionEvent>();
        acquisition.Start();
        Assert.True(SpinWait.SpinUntil(() => Drain(acquisition, frames, events) >= 100, 10_000));
        long failFrom = acquisition.SampleCounter;
        spi.FailNext(3);
        Assert.True(SpinWait.SpinUntil(() => Drain(acquisition, frames, events) > 0 && acquisition.SampleCounter > failFrom + 300, 10_000));
        acquisition.Stop();
        Drain(acquisition, frames, events);

        Assert.Equal(3, acquisition.Statistics.ReadErrors);
        Assert.Equal(3, events.Count(e => e.Cause == GapCause.ReadError && e.Length == 1));
        Assert.Equal(acquisition.SampleCounter, acquisition.Statistics.Frames + acquisition.Statistics.LostFrames);
        var scale = settings.Channel2Scale;
        var source = new SyntheticEcgSource();
        Assert.All(frames, f => Assert.Equal(scale.ToCode(source.Microvolts(2, f.SampleIndex, settings.SamplesPerSecond)), f.Channel2));
    }

    private static int Drain(EcgAcquisition acquisition, List<AcquiredFrame> frames, List<AcquisitionEvent> events)
    {
        while (acquisition.TryRead(out AcquiredFrame f))
        {
            frames.Add(f);
        }

        while (acquisition.TryReadEvent(out AcquisitionEvent e))
        {
            events.Add(e);
        }

        return frames.Count;
    }
}
