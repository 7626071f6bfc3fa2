using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class SignalSpecTests
{
    [Fact]
    public void Defaults_FollowWfdb()
    {
        var s = new SignalSpec { FileName = "r.dat", Format = 212, AdcZero = 1024 };

        Assert.Equal(200.0, s.Gain);
        Assert.Equal("mV", s.Units);
        Assert.Equal(1024, s.Baseline);
        Assert.Equal(1024, s.InitialValue);
        Assert.False(s.HasInitialValue);
        Assert.False(s.HasChecksum);
        Assert.Equal(1, s.SamplesPerFrame);
    }

    [Fact]
    public void SettingInitialValueOrChecksum_MarksThemPresent()
    {
        var s = new SignalSpec { FileName = "r.dat", Format = 16, InitialValue = 0, Checksum = 0 };

        Assert.True(s.HasInitialValue);
        Assert.True(s.HasChecksum);
    }

    [Fact]
    public void ToPhysical_SubtractsBaselineAndDividesByGain()
    {
        // mitdb: 200 adu/mV, baseline 1024, so 1224 adu is 1 mV (and 1 adu is 5 µV).
        var s = new SignalSpec { FileName = "100.dat", Format = 212, Gain = 200, AdcZero = 1024 };

        Assert.Equal(1.0, s.ToPhysical(1224));
        Assert.Equal(-0.005, s.ToPhysical(1023), 12);
    }

    [Fact]
    public void Equality_ExplicitBaselineEqualToAdcZero_EqualsAbsentBaseline()
    {
        var implicitBaseline = new SignalSpec { FileName = "r.dat", Format = 212, AdcZero = 1024 };
        var explicitBaseline = implicitBaseline with { Baseline = 1024 };

        Assert.Equal(implicitBaseline, explicitBaseline);
        Assert.Equal(implicitBaseline.GetHashCode(), explicitBaseline.GetHashCode());
        Assert.NotEqual(implicitBaseline, implicitBaseline with { Baseline = 0 });
        Assert.NotEqual(implicitBaseline, implicitBaseline with { Checksum = 0 });
    }

    [Theory]
    [InlineData("mV", 200.0, 200.0)]
    [InlineData("uV", 0.2, 200.0)]
    [InlineData("µV", 0.2, 200.0)]
    [InlineData("V", 200_000.0, 200.0)]
    public void GainPerMillivolt_ConvertsVoltageUnits(string units, double gain, double perMillivolt)
    {
        var s = new SignalSpec { FileName = "r.dat", Format = 16, Gain = gain, Units = units };
        Assert.Equal(perMillivolt, s.GainPerMillivolt!.Value, 9);
    }

    [Theory]
    [InlineData("mmHg")]
    [InlineData("NU")]
    [InlineData("mv")]
    public void GainPerMillivolt_IsNullForOtherUnits(string units) =>
        Assert.Null(new SignalSpec { FileName = "r.dat", Format = 16, Units = units }.GainPerMillivolt);
}
