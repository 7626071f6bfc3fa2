using System;
using System.Device.Gpio;
using System.Device.Spi;
using Iot.Device.Board;

namespace EdgeEcg.Device.SelfTest;

/// <summary>Opens the real ADS1292R on a Raspberry Pi through Iot.Device.Bindings' board model, which reserves the SPI
/// pins and refuses a DRDY/START/RESET pin that collides with them.</summary>
public static class HardwareFrontEnd
{
    /// <summary>Opens the binding.</summary>
    /// <param name="busId">SPI bus.</param>
    /// <param name="chipSelect">Chip select line.</param>
    /// <param name="drdyPin">DRDY (BCM).</param>
    /// <param name="startPin">START (BCM) or -1.</param>
    /// <param name="resetPin">PWDN/RESET (BCM) or -1.</param>
    /// <exception cref="ArgumentException">Two of the pins are the same GPIO, DRDY is not wired (negative), or a pin is an SPI pin.</exception>
    public static Ads1292r.Ads1292r Open(int busId, int chipSelect, int drdyPin, int startPin, int resetPin)
    {
        if (drdyPin < 0)
        {
            throw new ArgumentException($"DRDY must be wired to a GPIO (got {drdyPin})");
        }

        if (drdyPin == startPin || drdyPin == resetPin || (startPin >= 0 && startPin == resetPin))
        {
            throw new ArgumentException(
                $"DRDY (GPIO {drdyPin}), START (GPIO {startPin}) and PWDN/RESET (GPIO {resetPin}) must be different GPIOs (-1 = not wired)");
        }

        var board = new RaspberryPiBoard();
        SpiConnectionSettings settings = Ads1292r.Ads1292r.CreateSpiConnectionSettings(busId, chipSelect);
        int[] spiPins = board.GetDefaultPinAssignmentForSpi(settings);
        foreach (int pin in new[] { drdyPin, startPin, resetPin })
        {
            if (pin >= 0 && Array.IndexOf(spiPins, pin) >= 0)
            {
                throw new ArgumentException($"GPIO {pin} is an SPI{busId} pin ({string.Join(", ", spiPins)}); wire DRDY/START/RESET to free GPIOs (see hardware/README.md)");
            }
        }

        SpiDevice spi = board.CreateSpiDevice(settings);
        GpioController gpio = board.CreateGpioController();
        return new Ads1292r.Ads1292r(spi, gpio, drdyPin, startPin, resetPin, shouldDispose: true);
    }
}
