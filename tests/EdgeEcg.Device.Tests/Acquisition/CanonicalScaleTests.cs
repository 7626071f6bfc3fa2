using EdgeEcg.Ads1292r;
using EdgeEcg.Device.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class CanonicalScaleTests
{
    private static readonly Ads1292rScale Gain6 = new(PgaGain.Gain6, reference4V: false);

    [Theory]
    [InlineData(1000.0, 200)] // 1 mV = 200 LSB (MIT-BIH's 200 adu/mV)
    [InlineData(-1000.0, -200)]
    [InlineData(5.0, 1)]
    [InlineData(0.0, 0)]
    [InlineData(-2.4, 0)]
    [InlineData(2.6, 1)]
    public void MicrovoltsInCodes_BecomeFiveMicrovoltLsb(double microvolts, short expected) =>
        Assert.Equal(expected, new CanonicalScale(Gain6).ToCanonical(Gain6.ToCode(microvolts)));

    [Fact]
    public void Multiplier_IsQ32OfMicrovoltsPerCodeOverFive() =>
        Assert.Equal(41_301_333L, new CanonicalScale(Gain6).Multiplier); // round(2.42e6 / (6 · 2^23) / 5 · 2^32) = round(2.42e6 · 512 / 30)

    [Fact]
    public void FullScale_Saturates() =>
        Assert.Equal(short.MaxValue, new CanonicalScale(new Ads1292rScale(PgaGain.Gain1, false)).ToCanonical(Ads1292rScale.MaxCode));

    [Fact]
    public void MatchesDoubleReference_AcrossRange()
    {
        var scale = new CanonicalScale(Gain6);
        for (int code = -3_000_000; code <= 3_000_000; code += 997)
        {
            double exact = code * Gain6.MicrovoltsPerCode / 5.0;
            Assert.InRange(scale.ToCanonical(code) - exact, -0.5001, 0.5001);
        }
    }
}
