using EdgeEcg.Ads1292r;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.Device.Acquisition;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class RecordPlaybackTests
{
    // MIT-BIH record 100 (30 min 05.6 s at 360 Hz) played through the simulated ADS1292R at full speed.
    [EcgDataTheory]
    [InlineData(DataRate.Sps250)]
    [InlineData(DataRate.Sps500)]
    public void WholeRecord_ComesOutBitExact_WithZeroLostFrames(DataRate rate)
    {
        RecordedEcgSource source = RecordedEcgSource.FromWfdb(TestData.MitdbRecord("100"));
        int sps = Ads1292rScale.SamplesPerSecond(rate);
        long length = source.Length(sps);
        Assert.Equal(650_000L * sps / 360, length);

        using var sim = new SimulatedAcquisition(source, rate);
        sim.Acquisition.Start();
        long expectedIndex = 0;
        int mismatches = 0;
        while (expectedIndex < length)
        {
            if (!sim.Acquisition.TryRead(out AcquiredFrame f))
            {
                continue;
            }

            Assert.Equal(expectedIndex, f.SampleIndex);
            if (f.Channel2 != sim.ExpectedChannel2(expectedIndex) ||
                f.Channel1 != sim.Settings.Channel1Scale.ToCode(source.Microvolts(1, expectedIndex, sps)))
            {
                mismatches++;
            }

            expectedIndex++;
        }

        sim.Acquisition.Stop();
        Assert.Equal(0, mismatches);
        Assert.Equal(0, sim.Acquisition.Statistics.LostFrames);
        Assert.False(sim.Acquisition.TryReadEvent(out _));
    }
}
