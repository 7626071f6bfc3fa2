using System;
using System.Device.Gpio;
using System.Device.Spi;
using UnitsNet;

namespace EdgeEcg.Ads1292r;

/// <summary>
/// Binding for the TI ADS1292R two-channel 24-bit biopotential front end (datasheet SBAS502:
/// https://www.ti.com/lit/ds/symlink/ads1292r.pdf) over SPI mode 1, with DRDY, START and PWDN/RESET on GPIO.
/// </summary>
/// <remarks>
/// Register access needs SDATAC mode: the chip ignores RREG/WREG during RDATAC, so the binding refuses
/// them there with <see cref="InvalidOperationException"/> instead of silently doing nothing. The SPI clock
/// is limited to 2 f<sub>CLK</sub> so that each byte outlasts the 4 t<sub>CLK</sub> command decode time.
/// The hot path (<see cref="ReadFrame"/>) allocates nothing.
/// </remarks>
public sealed class Ads1292r : IDisposable
{
    /// <summary>SPI mode: CPOL = 0, CPHA = 1.</summary>
    public const SpiMode SpiMode = System.Device.Spi.SpiMode.Mode1;

    /// <summary>SPI bit order: MSB first.</summary>
    public const DataFlow SpiDataFlow = DataFlow.MsbFirst;

    /// <summary>Recommended SPI clock, 1 MHz: one byte takes 8 µs, longer than t<sub>SDECODE</sub> = 7.8 µs at 512 kHz.</summary>
    public const int SpiClockFrequency = 1_000_000;

    private readonly SpiDevice _spi;
    private readonly GpioController _gpio;
    private readonly bool _shouldDispose;
    private readonly int _pinStart;
    private readonly int _pinReset;
    private readonly ChipTiming _timing;
    private Ads1292rSettings _settings = Ads1292rSettings.ChipReset;

    /// <summary>Creates the binding. Opens DRDY as input, START as output low and PWDN/RESET as output high.</summary>
    /// <param name="spiDevice">The SPI device (mode 1, at most 2 f<sub>CLK</sub>); chip select is its CS line.</param>
    /// <param name="gpioController">The GPIO controller holding the pins; null creates a default one (owned).</param>
    /// <param name="pinDataReady">DRDY pin (active low, falling edge = new frame).</param>
    /// <param name="pinStart">START pin, or -1 when START is tied low and conversions are started by command.</param>
    /// <param name="pinReset">PWDN/RESET pin, or -1 when it is tied high and reset is by command.</param>
    /// <param name="shouldDispose">Dispose the SPI device and GPIO controller with the binding.</param>
    /// <param name="masterClockHz">f<sub>CLK</sub>: 512,000 (internal oscillator) or 2,048,000 (external).</param>
    public Ads1292r(SpiDevice spiDevice, GpioController? gpioController, int pinDataReady, int pinStart = -1, int pinReset = -1,
        bool shouldDispose = true, int masterClockHz = ChipTiming.InternalClockHz)
    {
        _spi = spiDevice ?? throw new ArgumentNullException(nameof(spiDevice));
        _timing = new ChipTiming(masterClockHz);
        SpiConnectionSettings cs = spiDevice.ConnectionSettings;
        if (cs.Mode != SpiMode)
        {
            throw new ArgumentException($"the ADS1292R needs SPI mode 1, the device is set to {cs.Mode}", nameof(spiDevice));
        }

        if (cs.ClockFrequency > _timing.MaxSpiClockHz)
        {
            throw new ArgumentException(
                $"SPI clock {cs.ClockFrequency} Hz is above {_timing.MaxSpiClockHz} Hz: a byte would be shorter than the " +
                $"command decode time (4 tCLK at {masterClockHz} Hz) and multi-byte commands would be lost", nameof(spiDevice));
        }

        if (pinDataReady < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pinDataReady), pinDataReady, "DRDY must be wired to a GPIO");
        }

        _shouldDispose = shouldDispose || gpioController is null;
        _gpio = gpioController ?? new GpioController();
        DataReadyPin = pinDataReady;
        _pinStart = pinStart;
        _pinReset = pinReset;
        _gpio.OpenPin(pinDataReady, PinMode.Input);
        if (pinStart >= 0)
        {
            _gpio.OpenPin(pinStart, PinMode.Output, PinValue.Low);
        }

        if (pinReset >= 0)
        {
            _gpio.OpenPin(pinReset, PinMode.Output, PinValue.High);
        }
    }

    /// <summary>The DRDY GPIO pin number.</summary>
    public int DataReadyPin { get; }

    /// <summary>True while the chip is (as far as the binding has commanded) in read-data-continuous mode.</summary>
    public bool IsContinuousRead { get; private set; } = true;

    /// <summary>The chip found by <see cref="Initialize"/>.</summary>
    public ChipModel Model { get; private set; }

    /// <summary>
    /// The settings last written and verified by <see cref="Configure"/>; <see cref="Ads1292rSettings.ChipReset"/> before,
    /// and again after <see cref="Reset"/>, <see cref="Initialize"/> or <see cref="PowerUp"/>.
    /// </summary>
    public Ads1292rSettings Settings => _settings.Clone();

    /// <summary>Builds SPI connection settings with the constants this part needs.</summary>
    /// <param name="busId">SPI bus (0 on a Raspberry Pi header).</param>
    /// <param name="chipSelectLine">Chip select (0 = CE0, GPIO 8).</param>
    public static SpiConnectionSettings CreateSpiConnectionSettings(int busId, int chipSelectLine) =>
        new(busId, chipSelectLine) { Mode = SpiMode, ClockFrequency = SpiClockFrequency, DataFlow = SpiDataFlow };

    /// <summary>Power-up sequence: reset, SDATAC, read ID; refuses anything but an ADS1292R.</summary>
    /// <returns>The chip model (always <see cref="ChipModel.Ads1292r"/> when it returns).</returns>
    /// <exception cref="Ads1292rException">Dead bus (ID 0x00/0xFF) or another device.</exception>
    public ChipModel Initialize()
    {
        Reset();
        StopContinuousRead();
        byte id = ReadRegister(Register.Id);
        Model = ChipIdentity.Require(id, $"SPI bus {_spi.ConnectionSettings.BusId} CS {_spi.ConnectionSettings.ChipSelectLine}");
        _settings = Ads1292rSettings.ChipReset;
        return Model;
    }

    /// <summary>Releases PWDN/RESET after a power-down and waits the power-on time (2<sup>18</sup> t<sub>CLK</sub>). Needs the pin.</summary>
    public void PowerUp()
    {
        RequirePin(_pinReset, "PWDN/RESET");
        _gpio.Write(_pinReset, PinValue.High);
        ChipTiming.Wait(_timing.PowerOn);
        IsContinuousRead = true;
        _settings = Ads1292rSettings.ChipReset;
    }

    /// <summary>Holds PWDN/RESET low: the chip powers down and loses its registers. Needs the pin.</summary>
    public void PowerDown()
    {
        RequirePin(_pinReset, "PWDN/RESET");
        _gpio.Write(_pinReset, PinValue.Low);
    }

    /// <summary>Resets the chip (pulse on PWDN/RESET when wired, else the RESET command) and waits <see cref="ChipTiming.AfterReset"/>. The chip wakes in RDATAC.</summary>
    public void Reset()
    {
        if (_pinReset >= 0)
        {
            _gpio.Write(_pinReset, PinValue.Low);
            ChipTiming.Wait(_timing.ResetPulse);
            _gpio.Write(_pinReset, PinValue.High);
        }
        else
        {
            WriteOpcode((byte)Command.Reset);
        }

        ChipTiming.Wait(_timing.AfterReset);
        IsContinuousRead = true;
        _settings = Ads1292rSettings.ChipReset;
    }

    /// <summary>Sends a one-byte command and waits its decode time.</summary>
    /// <param name="command">Any command except RREG, WREG and RDATA (which have their own methods).</param>
    public void SendCommand(Command command)
    {
        if (command is Command.ReadRegister or Command.WriteRegister or Command.ReadData)
        {
            throw new ArgumentException($"{command} is a multi-byte command: use ReadRegisters, WriteRegisters or ReadFrameByCommand", nameof(command));
        }

        if (command == Command.Reset)
        {
            Reset();
            return;
        }

        WriteOpcode((byte)command);
        if (command == Command.ReadDataContinuous)
        {
            IsContinuousRead = true;
        }
        else if (command == Command.StopReadDataContinuous)
        {
            IsContinuousRead = false;
        }
    }

    /// <summary>Enters RDATAC mode: each DRDY frame can then be read with <see cref="ReadFrame"/>.</summary>
    public void StartContinuousRead() => SendCommand(Command.ReadDataContinuous);

    /// <summary>Leaves RDATAC mode (needed before register access).</summary>
    public void StopContinuousRead() => SendCommand(Command.StopReadDataContinuous);

    /// <summary>Starts conversions: START pin high when wired, else the START command.</summary>
    public void StartConversions()
    {
        if (_pinStart >= 0)
        {
            _gpio.Write(_pinStart, PinValue.High);
        }
        else
        {
            SendCommand(Command.Start);
        }
    }

    /// <summary>Stops conversions: START pin low when wired, else the STOP command.</summary>
    public void StopConversions()
    {
        if (_pinStart >= 0)
        {
            _gpio.Write(_pinStart, PinValue.Low);
        }
        else
        {
            SendCommand(Command.Stop);
        }
    }

    /// <summary>Reads one register (SDATAC mode).</summary>
    /// <param name="register">The register.</param>
    public byte ReadRegister(Register register)
    {
        Span<byte> value = stackalloc byte[1];
        ReadRegisters(register, value);
        return value[0];
    }

    /// <summary>Reads consecutive registers with one RREG (SDATAC mode).</summary>
    /// <param name="first">First register.</param>
    /// <param name="values">Receives one value per register.</param>
    public void ReadRegisters(Register first, Span<byte> values)
    {
        CheckRegisterAccess(first, values.Length);
        Span<byte> tx = stackalloc byte[2 + values.Length];
        Span<byte> rx = stackalloc byte[2 + values.Length];
        tx.Clear();
        tx[0] = (byte)((byte)Command.ReadRegister | (byte)first);
        tx[1] = (byte)(values.Length - 1);
        _spi.TransferFullDuplex(tx, rx);
        rx.Slice(2).CopyTo(values);
        ChipTiming.Wait(_timing.CommandDecode);
    }

    /// <summary>Writes one register (SDATAC mode).</summary>
    /// <param name="register">The register.</param>
    /// <param name="value">The value.</param>
    public void WriteRegister(Register register, byte value)
    {
        Span<byte> one = stackalloc byte[] { value };
        WriteRegisters(register, one);
    }

    /// <summary>Writes consecutive registers with one WREG (SDATAC mode).</summary>
    /// <param name="first">First register.</param>
    /// <param name="values">One value per register.</param>
    public void WriteRegisters(Register first, ReadOnlySpan<byte> values)
    {
        CheckRegisterAccess(first, values.Length);
        Span<byte> tx = stackalloc byte[2 + values.Length];
        tx[0] = (byte)((byte)Command.WriteRegister | (byte)first);
        tx[1] = (byte)(values.Length - 1);
        values.CopyTo(tx.Slice(2));
        _spi.Write(tx);
        ChipTiming.Wait(_timing.CommandDecode);
    }

    /// <summary>
    /// Writes CONFIG1 … GPIO from <paramref name="settings"/> (conversions stopped, SDATAC), reads them back
    /// and compares, then runs OFFSETCAL as the datasheet recommends after a gain change (it takes effect only with
    /// CALIB_ON, RESP2 bit 7, set, as in the default settings).
    /// </summary>
    /// <remarks>
    /// Bits the chip does not store are left out of the comparison: LOFF_STAT 4..0 (lead-off status) and the
    /// GPIOD bit of a GPIO pin configured as an input, which reads the pin's level, not the value written.
    /// </remarks>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">
    /// <see cref="Ads1292rSettings.ClockDivider16"/> does not match the master clock this binding was created for
    /// (every data rate would be off by a factor of 4).
    /// </exception>
    /// <exception cref="Ads1292rException">A register read back differently (names the register and both values).</exception>
    public void Configure(Ads1292rSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool externalClock = _timing.MasterClockHz == ChipTiming.ExternalClockHz;
        if (settings.ClockDivider16 != externalClock)
        {
            throw new ArgumentException(
                $"ClockDivider16 (LOFF_STAT CLK_DIV) is {settings.ClockDivider16} but the master clock is {_timing.MasterClockHz} Hz: " +
                $"it must be {externalClock} so that fMOD = 128 kHz, otherwise every data rate is off by a factor of 4", nameof(settings));
        }

        StopConversions();
        if (IsContinuousRead)
        {
            StopContinuousRead();
        }

        Span<byte> written = stackalloc byte[Ads1292rSettings.RegisterCount];
        Span<byte> read = stackalloc byte[Ads1292rSettings.RegisterCount];
        settings.Encode(written);
        WriteRegisters(Register.Config1, written);
        ReadRegisters(Register.Config1, read);
        read[Register.LeadOffStatus - Register.Config1] &= 0x40;
        int gpio = Register.Gpio - Register.Config1;
        byte inputPins = (byte)((written[gpio] >> 2) & 0x03);
        read[gpio] = (byte)((read[gpio] & ~inputPins) | (written[gpio] & inputPins));
        for (int i = 0; i < written.Length; i++)
        {
            if (written[i] != read[i])
            {
                Register r = (Register)(i + (int)Register.Config1);
                throw new Ads1292rException(Ads1292rFault.RegisterVerify,
                    $"register {r} (0x{(int)r:X2}) wrote 0x{written[i]:X2} but read back 0x{read[i]:X2}");
            }
        }

        _settings = settings.Clone();
        SendCommand(Command.OffsetCalibration);
    }

    /// <summary>Reads CONFIG1 … GPIO and decodes them (SDATAC mode).</summary>
    public Ads1292rSettings ReadSettings()
    {
        Span<byte> read = stackalloc byte[Ads1292rSettings.RegisterCount];
        ReadRegisters(Register.Config1, read);
        return Ads1292rSettings.Decode(read);
    }

    /// <summary>Reads the lead-off status bits from LOFF_STAT (SDATAC mode).</summary>
    public LeadOffStatus ReadLeadOffStatus() => (LeadOffStatus)(ReadRegister(Register.LeadOffStatus) & 0x1F);

    /// <summary>Reads the 9-byte frame now (RDATAC mode, after a DRDY falling edge). Allocation-free.</summary>
    /// <remarks>The caller checks <see cref="Ads1292rFrame.HasValidHeader"/>; a bad header means a desynchronised read.</remarks>
    public Ads1292rFrame ReadFrame()
    {
        Span<byte> tx = stackalloc byte[FrameFormat.Length];
        Span<byte> rx = stackalloc byte[FrameFormat.Length];
        tx.Clear();
        _spi.TransferFullDuplex(tx, rx);
        return FrameFormat.Decode(rx);
    }

    /// <summary>Reads a frame (RDATAC mode) and reports whether its status header is valid.</summary>
    /// <param name="frame">The frame, even when invalid (for diagnosis).</param>
    public bool TryReadFrame(out Ads1292rFrame frame)
    {
        frame = ReadFrame();
        return frame.HasValidHeader;
    }

    /// <summary>Reads one frame with the RDATA command (SDATAC mode).</summary>
    public Ads1292rFrame ReadFrameByCommand()
    {
        if (IsContinuousRead)
        {
            throw new InvalidOperationException("RDATA is for SDATAC mode; in RDATAC read frames with ReadFrame");
        }

        Span<byte> tx = stackalloc byte[1 + FrameFormat.Length];
        Span<byte> rx = stackalloc byte[1 + FrameFormat.Length];
        tx.Clear();
        tx[0] = (byte)Command.ReadData;
        _spi.TransferFullDuplex(tx, rx);
        return FrameFormat.Decode(rx.Slice(1));
    }

    /// <summary>Reads a frame (RDATAC) and converts both channels to voltage with the configured gain and reference.</summary>
    /// <param name="channel1">Channel 1 input voltage.</param>
    /// <param name="channel2">Channel 2 input voltage.</param>
    /// <returns>False (and zero voltages) when the frame header was invalid.</returns>
    public bool TryReadVoltages(out ElectricPotential channel1, out ElectricPotential channel2)
    {
        if (!TryReadFrame(out Ads1292rFrame frame))
        {
            channel1 = ElectricPotential.Zero;
            channel2 = ElectricPotential.Zero;
            return false;
        }

        channel1 = _settings.Channel1Scale.ToPotential(frame.Channel1);
        channel2 = _settings.Channel2Scale.ToPotential(frame.Channel2);
        return true;
    }

    /// <summary>Waits for a DRDY falling edge.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>False on timeout.</returns>
    public bool WaitForDataReady(TimeSpan timeout) =>
        !_gpio.WaitForEvent(DataReadyPin, PinEventTypes.Falling, timeout).TimedOut;

    /// <summary>Calls <paramref name="handler"/> on every DRDY falling edge (on the GPIO driver's event thread).</summary>
    /// <param name="handler">The handler.</param>
    public void AddDataReadyHandler(PinChangeEventHandler handler) =>
        _gpio.RegisterCallbackForPinValueChangedEvent(DataReadyPin, PinEventTypes.Falling, handler);

    /// <summary>Stops calling a handler added with <see cref="AddDataReadyHandler"/>.</summary>
    /// <param name="handler">The handler.</param>
    public void RemoveDataReadyHandler(PinChangeEventHandler handler) =>
        _gpio.UnregisterCallbackForPinValueChangedEvent(DataReadyPin, handler);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_shouldDispose)
        {
            _gpio.Dispose();
            _spi.Dispose();
        }
        else
        {
            ClosePin(DataReadyPin);
            ClosePin(_pinStart);
            ClosePin(_pinReset);
        }
    }

    private void ClosePin(int pin)
    {
        if (pin >= 0 && _gpio.IsPinOpen(pin))
        {
            _gpio.ClosePin(pin);
        }
    }

    private void WriteOpcode(byte opcode)
    {
        _spi.WriteByte(opcode);
        ChipTiming.Wait(_timing.CommandDecode);
    }

    private void CheckRegisterAccess(Register first, int count)
    {
        if (IsContinuousRead)
        {
            throw new InvalidOperationException("the ADS1292R ignores RREG/WREG in RDATAC mode: call StopContinuousRead (SDATAC) first");
        }

        if (count < 1 || (int)first + count > (int)Register.Gpio + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"registers {first}+{count} run past GPIO (0x0B)");
        }
    }

    private static void RequirePin(int pin, string name)
    {
        if (pin < 0)
        {
            throw new InvalidOperationException($"the {name} pin is not wired (pin -1)");
        }
    }
}
