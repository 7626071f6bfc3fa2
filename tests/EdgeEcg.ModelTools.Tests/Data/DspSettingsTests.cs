using EdgeEcg.Dsp.Filters;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class DspSettingsTests
{
    [Fact]
    public void Hash_IsStableForEqualSettings_AndChangesWithAnySetting()
    {
        var a = new DspSettings(SpectrogramSettings.Default, MainsFrequency.Hz60);
        var b = new DspSettings(SpectrogramSettings.Default, MainsFrequency.Hz60);
        Assert.Equal(a.Hash, b.Hash);
        var hop = new SpectrogramSettings(250, 250, 90, 64, 128, 5, 32, 32, 0.5, -128);
        Assert.NotEqual(a.Hash, new DspSettings(hop, MainsFrequency.Hz60).Hash);
        Assert.NotEqual(a.Hash, new DspSettings(SpectrogramSettings.Default, MainsFrequency.None).Hash);
        Assert.Contains("dsp_probe_sha256=", a.CanonicalText, System.StringComparison.Ordinal);
    }
}
