using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Resampling;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.Dsp.Spectrogram.Design;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Everything in the device's signal path that a dataset depends on, as canonical text and its SHA-256. Besides the
/// declared settings, the text carries a hash of the DSP code's actual output on a fixed probe signal, so a change in
/// resampler, filter or spectrogram code changes the hash even when nobody bumped a version.
/// </summary>
public sealed class DspSettings
{
    /// <summary>Dataset file format version (bump when the binary layout or the extraction rules change).</summary>
    public const int DatasetFormatVersion = 1;

    /// <summary>Creates settings.</summary>
    /// <param name="spectrogram">Spectrogram geometry and quantisation.</param>
    /// <param name="mains">Mains frequency notched by the filter chain (60 Hz for MIT-BIH, recorded in the USA).</param>
    public DspSettings(SpectrogramSettings spectrogram, MainsFrequency mains)
    {
        Spectrogram = spectrogram ?? throw new ArgumentNullException(nameof(spectrogram));
        Mains = mains;
        CanonicalText = BuildText();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText)));
    }

    /// <summary>The settings every shipped model uses: contract spectrogram, 60 Hz notch.</summary>
    public static DspSettings Default { get; } = new(SpectrogramSettings.Default, MainsFrequency.Hz60);

    /// <summary>Spectrogram geometry and quantisation.</summary>
    public SpectrogramSettings Spectrogram { get; }

    /// <summary>Mains frequency notched by the filter chain.</summary>
    public MainsFrequency Mains { get; }

    /// <summary>The canonical description (key=value lines).</summary>
    public string CanonicalText { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalText"/>.</summary>
    public string Hash { get; }

    private string BuildText()
    {
        var ci = CultureInfo.InvariantCulture;
        var resampler = PolyphaseResamplerQ15.Create360To250();
        var filter = EcgFilterChain.Create(250, Mains);
        var t = new StringBuilder();
        t.Append(ci, $"dataset_format={DatasetFormatVersion}\n");
        t.Append(ci, $"spectrogram_fingerprint={SpectrogramSettingsFingerprint.Compute(Spectrogram)}\n");
        t.Append(ci, $"resampler=PolyphaseResamplerQ15.Create360To250 delay={resampler.DelayOutputSamples}\n");
        t.Append(ci, $"filter=EcgFilterChain 250Hz mains={Mains} delay={filter.DelaySamples}\n");
        t.Append(ci, $"beat_features={BeatFeatures.Description}\n");
        t.Append(ci, $"aami_map=v{AamiClassMap.Version}\n");
        t.Append("lead=MLII (else signal 0)\n");
        t.Append("positions=reference annotations mapped to the filtered 250 Hz stream\n");
        t.Append(ci, $"dsp_probe_sha256={ProbeHash()}\n");
        return t.ToString();
    }

    /// <summary>Hash of resampler → filter → spectrogram output on a fixed synthetic 360 Hz signal.</summary>
    private string ProbeHash()
    {
        const int n = 360 * 4;
        var x = new short[n];
        for (int i = 0; i < n; i++)
        {
            // 1 Hz spikes (QRS-like, 2 mV) on a 0.3 mV 7 Hz sine, in 5 µV LSB.
            int phase = i % 360;
            double spike = phase < 20 ? 400.0 * Math.Sin(Math.PI * phase / 20.0) : 0.0;
            x[i] = (short)Math.Round(spike + 60.0 * Math.Sin(2 * Math.PI * 7.0 * i / 360.0));
        }
        short[] y = FilteredStream.From360(x, Mains, out _);
        var image = new sbyte[Spectrogram.ImageLength];
        new BeatSpectrogram(Spectrogram).Compute(y, 500, image, 0);
        var bytes = new byte[y.Length * 2 + image.Length];
        Buffer.BlockCopy(y, 0, bytes, 0, y.Length * 2);
        Buffer.BlockCopy(image, 0, bytes, y.Length * 2, image.Length);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
