using System.IO;
using EdgeEcg.Wfdb;

namespace EdgeEcg.Benchmarks.Chain;

/// <summary>Which record the chain benchmarks use and how much ECG one operation processes.</summary>
public static class ChainRecordInfo
{
    /// <summary>The MIT-BIH record every chain benchmark processes.</summary>
    public const string Record = "100";

    /// <summary>Seconds of ECG in <see cref="Record"/>, from its header (null when the data is missing).</summary>
    public static double? EcgSeconds
    {
        get
        {
            string? root = EcgDataDirectory.TryResolve();
            if (root is null)
            {
                return null;
            }

            WfdbHeader header = WfdbHeader.Read(Path.Combine(root, "mitdb", Record));
            return header.SampleCount / header.SamplingFrequency;
        }
    }
}
