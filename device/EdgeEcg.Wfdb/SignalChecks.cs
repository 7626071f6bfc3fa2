namespace EdgeEcg.Wfdb;

/// <summary>The integrity checks WFDB headers allow: initial value and 16-bit checksum of each signal.</summary>
public static class SignalChecks
{
    /// <summary>WFDB's signal checksum: the sum of all samples modulo 65536, as a signed 16-bit number.</summary>
    /// <param name="samples">The raw samples of one signal.</param>
    public static int Checksum(int[] samples)
    {
        System.ArgumentNullException.ThrowIfNull(samples);
        int sum = 0;
        foreach (int v in samples)
        {
            sum = unchecked(sum + v);
        }

        return (short)sum;
    }

    /// <summary>Throws when a signal's first sample or checksum differs from what the header states.</summary>
    internal static void Verify(string headerPath, string signalPath, int index, SignalSpec spec, int[] samples, long firstByte)
    {
        string name = spec.Description.Length > 0 ? $"signal {index} ('{spec.Description}')" : $"signal {index}";
        string header = spec.HeaderLine > 0 ? $"{headerPath} (line {spec.HeaderLine})" : headerPath;
        if (spec.HasInitialValue && samples.Length > 0 && samples[0] != spec.InitialValue)
        {
            throw WfdbFormatException.AtByte(signalPath, firstByte,
                $"{name}: the first sample is {samples[0]} but the header {header} gives initial value {spec.InitialValue}");
        }

        if (spec.HasChecksum)
        {
            int actual = Checksum(samples);
            if (actual != (short)spec.Checksum)
            {
                throw WfdbFormatException.InFile(signalPath,
                    $"{name}: the checksum of its {samples.Length} samples is {actual} but the header {header} gives {spec.Checksum}");
            }
        }
    }
}
