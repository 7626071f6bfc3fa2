using System.IO;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class WfdbRecordTests
{
    [EcgDataFact]
    public void Mitdb100_FirstSamples_MatchRdsamp()
    {
        // Golden values: PhysioNet `rdsamp -r mitdb/100 -t s0.05` prints rows "0 995 1011", "1 995 1011",
        // "2 995 1011", ... (raw adu, MLII then V5). The read is checksum-verified against 100.hea.
        WfdbRecord record = WfdbRecord.Read(TestData.MitdbRecord("100"));
        int[] mlii = record.GetSignal(0);
        int[] v5 = record.GetSignal(1);

        Assert.Equal(new[] { 995, 995, 995 }, mlii[..3]);
        Assert.Equal(new[] { 1011, 1011, 1011 }, v5[..3]);
    }

    [EcgDataFact]
    public void Mitdb100_HeaderAndLength_AreAsPublished()
    {
        WfdbRecord record = WfdbRecord.Read(TestData.MitdbRecord("100"));

        Assert.Equal(650000, record.SampleCount);
        Assert.Equal(650000, record.GetSignal(0).Length);
        Assert.Equal(2, record.Header.SignalCount);
        Assert.Equal(360.0, record.Header.SamplingFrequency);
        Assert.Equal("MLII", record.Header.Signals[0].Description);
        Assert.Equal("V5", record.Header.Signals[1].Description);
    }

    [EcgDataTheory]
    [MemberData(nameof(MitdbRecords.All), MemberType = typeof(MitdbRecords))]
    public void EveryMitdbRecord_ReadsWithChecksumsVerified(string name)
    {
        WfdbRecord record = WfdbRecord.Read(TestData.MitdbRecord(name));

        Assert.Equal(650000, record.SampleCount);
        for (int s = 0; s < record.Header.SignalCount; s++)
        {
            SignalSpec spec = record.Header.Signals[s];
            int[] samples = record.GetSignal(s);
            Assert.True(spec.HasChecksum);
            Assert.Equal(spec.Checksum, SignalChecks.Checksum(samples));
            Assert.Equal(spec.InitialValue, samples[0]);
            Assert.Equal(212, spec.Format);
        }
    }

    [EcgDataFact]
    public void Nstdb118e00_Format16_ReadsWithChecksumsVerified()
    {
        WfdbRecord record = WfdbRecord.Read(Path.Combine(TestData.Nstdb, "118e00"));

        Assert.Equal(16, record.Header.Signals[0].Format);
        Assert.Equal(650000, record.SampleCount);
        Assert.Equal(-167, record.GetSignal(0)[0]);
        Assert.Equal(-103, record.GetSignal(1)[0]);
        Assert.Equal(1024, record.Header.Signals[0].Baseline);
    }
}
