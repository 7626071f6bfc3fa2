using System;
using System.Globalization;
using System.Linq;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// One noise stress copy of each training record: the record with an nstdb noise record added by PhysioNet nst's
/// protocol (<see cref="Evaluation.Noise.NoiseStressRecord"/>) at a signal-to-noise ratio. Written <c>noise:snr</c>,
/// e.g. <c>ma:6</c>.
/// </summary>
/// <param name="Noise">nstdb noise record name (em, ma or bw).</param>
/// <param name="SnrDb">SNR of the noisy segments, whole dB (−9..99, the range nstdb record names can hold).</param>
public sealed record NoiseCopy(string Noise, int SnrDb)
{
    /// <summary>Parses <c>noise:snr</c>.</summary>
    /// <param name="text">For example <c>ma:6</c> or <c>em:-6</c>.</param>
    /// <exception cref="ArgumentException">The text is not <c>name:whole-dB</c> with an SNR from −9 to 99.</exception>
    public static NoiseCopy Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[0].IndexOfAny(new[] { '/', '\\', ',', ';' }) >= 0
            || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int snr) || snr < -9 || snr > 99)
            throw new ArgumentException($"noise copy '{text}': expected noise:snr with an nstdb noise record and a whole SNR from -9 to 99 dB, e.g. ma:6");
        return new NoiseCopy(parts[0], snr);
    }

    /// <summary>Parses a comma-separated list of <c>noise:snr</c> entries (null or empty: none).</summary>
    /// <param name="text">For example <c>em:12,em:6</c>.</param>
    /// <exception cref="ArgumentException">An entry is malformed (see <see cref="Parse"/>).</exception>
    public static NoiseCopy[] ParseList(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray();

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Noise}:{SnrDb}");
}
