using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests;

public class ChipIdentityTests
{
    [Fact]
    public void Initialize_GenuineChip_ReturnsAds1292r()
    {
        using var f = new SimulatorFixture();
        Assert.Equal(ChipModel.Ads1292r, f.Chip.Initialize());
        Assert.Equal(ChipModel.Ads1292r, f.Chip.Model);
    }

    [Theory]
    [InlineData(0x53, "Ads1292 (ID 0x53)")]
    [InlineData(0x52, "Ads1291 (ID 0x52)")]
    [InlineData(0x51, "Ads1192 (ID 0x51)")]
    [InlineData(0x27, "ID register 0x27 is not an ADS1292R")]
    public void Initialize_OtherDevice_RefusedAsWrongDeviceNamingIt(byte id, string expected)
    {
        using var f = new SimulatorFixture(new SimulatorFaults { Id = id });
        Ads1292rException e = Assert.Throws<Ads1292rException>(() => f.Chip.Initialize());
        Assert.Equal(Ads1292rFault.WrongDevice, e.Fault);
        Assert.Contains(expected, e.Message);
        Assert.Contains("SPI bus 0 CS 0", e.Message);
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0xFF)]
    public void Initialize_DeadBus_RefusedAsDeadBus(byte level)
    {
        using var f = new SimulatorFixture(new SimulatorFaults { DeadBus = level });
        Ads1292rException e = Assert.Throws<Ads1292rException>(() => f.Chip.Initialize());
        Assert.Equal(Ads1292rFault.DeadBus, e.Fault);
        Assert.Contains($"dead bus", e.Message);
        Assert.Contains($"0x{level:X2}", e.Message);
    }

    [Theory]
    [InlineData(0x50, ChipModel.Ads1191)]
    [InlineData(0x51, ChipModel.Ads1192)]
    [InlineData(0x52, ChipModel.Ads1291)]
    [InlineData(0x53, ChipModel.Ads1292)]
    [InlineData(0x73, ChipModel.Ads1292r)]
    [InlineData(0x74, ChipModel.Unknown)]
    public void Recognise_MapsFamilyIds(byte id, ChipModel model) => Assert.Equal(model, ChipIdentity.Recognise(id));
}
