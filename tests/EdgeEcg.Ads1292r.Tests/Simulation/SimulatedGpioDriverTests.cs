using System;
using System.Device.Gpio;
using System.Threading;
using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests.Simulation;

public class SimulatedGpioDriverTests
{
    [Fact]
    public void Drdy_IsAnInputDrivenByTheChip_AndCannotBeMadeAnOutput()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        using GpioController gpio = sim.CreateGpioController();
        gpio.OpenPin(sim.DataReadyPin, PinMode.Input);
        Assert.Equal(PinValue.High, gpio.Read(sim.DataReadyPin));
        Assert.Throws<InvalidOperationException>(() => gpio.SetPinMode(sim.DataReadyPin, PinMode.Output));
    }

    [Fact]
    public void WaitForEvent_WithoutConversions_TimesOut()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        using GpioController gpio = sim.CreateGpioController();
        gpio.OpenPin(sim.DataReadyPin, PinMode.Input);
        Assert.True(gpio.WaitForEvent(sim.DataReadyPin, PinEventTypes.Falling, TimeSpan.FromMilliseconds(50)).TimedOut);
    }

    [Fact]
    public void StartPinHigh_DeliversFallingEdgesToCallbacks_OnePerConversion()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        using GpioController gpio = sim.CreateGpioController();
        gpio.OpenPin(sim.DataReadyPin, PinMode.Input);
        gpio.OpenPin(sim.StartPin, PinMode.Output, PinValue.Low);
        int edges = 0;
        gpio.RegisterCallbackForPinValueChangedEvent(sim.DataReadyPin, PinEventTypes.Falling, (_, e) =>
        {
            Assert.Equal(PinEventTypes.Falling, e.ChangeType);
            Interlocked.Increment(ref edges);
        });
        gpio.Write(sim.StartPin, PinValue.High);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref edges) >= 5, TimeSpan.FromSeconds(5)));
        gpio.Write(sim.StartPin, PinValue.Low);
        Assert.False(sim.IsConverting);
        // Nobody read the frames: each new conversion overwrote the previous one, and DRDY still fell every time.
        Assert.True(sim.Statistics.FramesOverwritten >= 4);
    }

    [Fact]
    public void Clock_AdvancesOneConversionPeriodPerConversion_AtFullSpeed()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        using Ads1292r chip = sim.CreateBinding();
        chip.Initialize();
        chip.Configure(new Ads1292rSettings { DataRate = DataRate.Sps250 });
        chip.StartContinuousRead();
        long before = sim.Clock.GetTimestamp(); // stable: conversions are stopped
        chip.StartConversions();
        for (int i = 0; i < 10; i++)
        {
            Assert.True(chip.WaitForDataReady(TimeSpan.FromSeconds(2)));
            chip.ReadFrame();
        }

        chip.StopConversions();
        long conversions = sim.ConversionIndex + 1;
        Assert.True(conversions >= 10);
        Assert.Equal(conversions * SimulationClock.TicksPerSecond / 250, sim.Clock.GetTimestamp() - before);
    }
}
