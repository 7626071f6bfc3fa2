using System;
using EdgeEcg.Ads1292r.Simulation;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests.Simulation;

public class RecordedEcgSourceTests
{
    [Fact]
    public void SameRate_ScalesAduToMicrovolts_FirstSignalOnChannel2()
    {
        int[] lead = [1024, 1224, 824];   // baseline 1024, 200 adu/mV: 0, +1 mV, −1 mV
        int[] second = [0, 100, -100];    // baseline 0, gain 100 adu/mV: 0, +1 mV, −1 mV
        var source = new RecordedEcgSource("t", 250, [lead, second], [200.0, 100.0], [1024, 0]);

        Assert.Equal(1000.0, source.Microvolts(2, 1, 250), 9);
        Assert.Equal(-1000.0, source.Microvolts(2, 2, 250), 9);
        Assert.Equal(1000.0, source.Microvolts(1, 1, 250), 9);
    }

    [Fact]
    public void ZeroGain_IsTakenAsWfdbDefault200()
    {
        var source = new RecordedEcgSource("t", 250, [new[] { 200 }], [0.0], [0]);
        Assert.Equal(1000.0, source.Microvolts(2, 0, 250), 9);
        Assert.Equal(0.0, source.Microvolts(1, 0, 250)); // no second signal: channel 1 is quiet
    }

    [Fact]
    public void Playback_LoopsAtTheEnd()
    {
        var source = new RecordedEcgSource("t", 250, [new[] { 0, 200, 400 }], [200.0], [0]);
        Assert.Equal(3, source.Length(250));
        Assert.Equal(source.Microvolts(2, 1, 250), source.Microvolts(2, 4, 250));
    }

    [Fact]
    public void MismatchedGains_AreRefusedNamingTheRecord()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new RecordedEcgSource("rec9", 360, [new int[3], new int[3]], [200.0], [0, 0]));
        Assert.Contains("rec9", e.Message);
    }

    [EcgDataFact]
    public void FromWfdb_Mitdb100_HasRecordLengthAtEachRate()
    {
        RecordedEcgSource source = RecordedEcgSource.FromWfdb(TestData.MitdbRecord("100"));
        Assert.Equal("100", source.Name);
        Assert.Equal(360, source.SamplingFrequency);
        Assert.Equal(650_000L * 125 / 360, source.Length(125));
    }
}
