using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EdgeEcg.Dsp.Spectrogram.Design;

/// <summary>
/// A stable identity of <see cref="SpectrogramSettings"/> plus the numerical algorithm
/// (<see cref="BeatSpectrogram.AlgorithmVersion"/>): datasets and model bundles store it, and the device refuses a
/// model whose fingerprint differs from its own front end.
/// </summary>
/// <remarks>
/// The fingerprint is the lower-case hex SHA-256 of <see cref="CanonicalText"/>: UTF-8, one <c>key=value</c> per
/// line, <c>\n</c> line ends, fixed key order, invariant culture, doubles in round-trip ("R") form.
/// </remarks>
public static class SpectrogramSettingsFingerprint
{
    /// <summary>The canonical text the fingerprint hashes.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static string CanonicalText(SpectrogramSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder();
        Append(text, "format", "edgeecg-beat-spectrogram");
        Append(text, "algorithm_version", Int(BeatSpectrogram.AlgorithmVersion));
        Append(text, "input", "int16 5uV/LSB filtered");
        Append(text, "sample_rate_hz", Int(settings.SampleRateHz));
        Append(text, "window_length", Int(settings.WindowLength));
        Append(text, "r_peak_index", Int(settings.RPeakIndex));
        Append(text, "frame_window", "hann-periodic-q15");
        Append(text, "frame_length", Int(settings.FrameLength));
        Append(text, "fft_length", Int(settings.FftLength));
        Append(text, "hop", Int(settings.Hop));
        Append(text, "frame_count", Int(settings.FrameCount));
        Append(text, "bin_count", Int(settings.BinCount));
        Append(text, "frame_block_float_peak_bits", Int(BeatSpectrogram.FramePeakBits));
        Append(text, "value", "20log10|X| dB re 1 LSB");
        Append(text, "layout", "int8 [freq][time] row-major");
        Append(text, "scale", settings.Scale.ToString("R", CultureInfo.InvariantCulture));
        Append(text, "zero_point", Int(settings.ZeroPoint));
        return text.ToString();
    }

    /// <summary>The lower-case hex SHA-256 of <see cref="CanonicalText"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static string Compute(SpectrogramSettings settings)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(settings)));
        return Convert.ToHexStringLower(hash);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, string key, string value) => text.Append(key).Append('=').Append(value).Append('\n');
}
