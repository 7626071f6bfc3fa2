using System;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>MIT-BIH leads in the canonical unit: raw adu minus the header's baseline (200 adu/mV = 5 µV/LSB).</summary>
internal static class MitdbSignal
{
    /// <summary>The first <paramref name="count"/> samples (360 Hz) of signal <paramref name="signal"/> of a record.</summary>
    public static short[] Read(string record, int signal, int count)
    {
        WfdbRecord rec = WfdbRecord.Read(TestData.MitdbRecord(record));
        int[] raw = rec.GetSignal(signal);
        int baseline = rec.Header.Signals[signal].Baseline;
        var x = new short[Math.Min(count, raw.Length)];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = checked((short)(raw[i] - baseline));
        }

        return x;
    }
}
