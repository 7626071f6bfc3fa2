using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class RealTimeAcquisitionTests
{
    [Fact]
    public void RealTimeClock_MissedDrdy_IsReportedWithItsLength_AndEveryIndexIsAccountedFor()
    {
        using var simulator = new Ads1292rSimulator(new SyntheticEcgSource(), ClockMode.RealTime);
        using Ads1292r.Ads1292r chip = simulator.CreateBinding();
        chip.Initialize();
        chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps500 });
        simulator.Schedule(new ScheduledEvent(ScheduledEventKind.MissedDataReady, 100, 5));
        using var acquisition = new EcgAcquisition(chip, simulator.Clock);

        var frames = new List<AcquiredFrame>();
        var events = new List<AcquisitionEvent>();
        acquisition.Start();
        Assert.True(SpinWait.SpinUntil(() => acquisition.SampleCounter > 200, TimeSpan.FromSeconds(10)));
        acquisition.Stop();
        while (acquisition.TryRead(out AcquiredFrame f))
        {
            frames.Add(f);
        }

        while (acquisition.TryReadEvent(out AcquisitionEvent e))
        {
            events.Add(e);
        }

        // In real time a loaded machine may also miss neighbouring edges (including before the first frame, which
        // defines sample 0), so the reported gap may be longer or shifted, but never absent.
        Assert.Contains(events, e => e.Cause == GapCause.MissedDataReady && e.Length >= 5);
        long gapSamples = events.Where(e => e.Kind == AcquisitionEventKind.Gap).Sum(e => e.Length);
        Assert.Equal(acquisition.SampleCounter, frames.Count + gapSamples);
        Assert.Equal(frames.Select(f => f.SampleIndex).OrderBy(i => i), frames.Select(f => f.SampleIndex));
    }
}
