using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Tests.Data;

/// <summary>
/// Copies of MIT-BIH records at another sampling rate (<see cref="RecordResampler"/>, double-precision interpolation,
/// independent of <see cref="ChainInput"/>'s Q15 resampler under test) in a test folder, optionally with their signals
/// renamed, to stand in for databases recorded at other rates with other lead names (128 Hz svdb, 257 Hz INCART).
/// </summary>
internal static class ResampledRecord
{
    /// <summary>Writes <paramref name="record"/> at <paramref name="rateHz"/> into <paramref name="folder"/>.</summary>
    /// <param name="record">MIT-BIH record name.</param>
    /// <param name="rateHz">New rate.</param>
    /// <param name="folder">Destination folder.</param>
    /// <param name="descriptions">New signal descriptions, one per signal, or null to keep MIT-BIH's.</param>
    /// <returns>The copy's record path.</returns>
    public static string Write(string record, int rateHz, string folder, IReadOnlyList<string>? descriptions = null)
    {
        WfdbHeader header = RecordResampler.Write(TestData.MitdbRecord(record), rateHz, folder);
        string path = Path.Combine(folder, record);
        if (descriptions is not null)
        {
            WfdbRecord copy = WfdbRecord.Read(path);
            var renamed = header with { Signals = header.Signals.Select((s, i) => s with { Description = descriptions[i] }).ToArray() };
            WfdbRecordWriter.Write(path, renamed, Enumerable.Range(0, header.SignalCount).Select(copy.GetSignal).ToArray());
        }
        return path;
    }
}
