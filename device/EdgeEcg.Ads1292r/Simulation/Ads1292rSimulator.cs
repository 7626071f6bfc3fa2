using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// A register-level ADS1292R on a simulated SPI bus and GPIO header. Hand <see cref="CreateSpiDevice"/> and
/// <see cref="CreateGpioController"/> to the <see cref="Ads1292r"/> binding exactly as on a Raspberry Pi.
/// </summary>
/// <remarks>
/// Behaviour modelled from datasheet SBAS502: register reset values and read-only bits; the command set with
/// RREG/WREG ignored in RDATAC; RESET, START/STOP (command or pin), STANDBY/WAKEUP, OFFSETCAL (removes the input
/// offset), RDATA; DRDY falling at the data rate and returning high on the first SCLK of a read; unread frames
/// overwritten; the 1100 + LOFF_STAT + GPIO status word; the internal test signal (±V<sub>REF</sub>/2400, 1 Hz square
/// wave); shorted-input noise at the datasheet level; temperature 145,300 µV at 25 °C. Not modelled: the digital
/// filter's settling after START (the first frame is already settled), respiration modulation, AC lead-off.
/// </remarks>
public sealed class Ads1292rSimulator : IDisposable
{
    /// <summary>DRDY on BCM GPIO 25 (header pin 22), as in hardware/README.md.</summary>
    public const int DefaultDataReadyPin = 25;

    /// <summary>START on BCM GPIO 24 (header pin 18).</summary>
    public const int DefaultStartPin = 24;

    /// <summary>PWDN/RESET on BCM GPIO 23 (header pin 16).</summary>
    public const int DefaultResetPin = 23;

    private readonly SimulatedChip _chip;
    private readonly Thread _pump;
    private volatile bool _disposed;

    /// <summary>Creates the simulated chip and starts its conversion thread (idle until conversions start).</summary>
    /// <param name="source">What the electrodes see.</param>
    /// <param name="mode">Real time, or as fast as the reader takes frames.</param>
    /// <param name="faults">Faults to inject (null = a healthy chip).</param>
    /// <param name="masterClockHz">f<sub>CLK</sub>: 512 kHz internal or 2.048 MHz external.</param>
    public Ads1292rSimulator(IElectrodeSource source, ClockMode mode = ClockMode.FullSpeed, SimulatorFaults? faults = null, int masterClockHz = ChipTiming.InternalClockHz)
    {
        ArgumentNullException.ThrowIfNull(source);
        Faults = faults ?? new SimulatorFaults();
        _chip = new SimulatedChip(source, Faults, new ChipTiming(masterClockHz).MasterClockHz);
        Clock = new SimulationClock(mode);
        GpioDriver = new SimulatedGpioDriver(this);
        _pump = new Thread(new ConversionPump(this, _chip).Run) { IsBackground = true, Name = "ADS1292R simulator" };
        _pump.Start();
    }

    /// <summary>DRDY pin number on the simulated header.</summary>
    public int DataReadyPin => DefaultDataReadyPin;

    /// <summary>START pin number on the simulated header.</summary>
    public int StartPin => DefaultStartPin;

    /// <summary>PWDN/RESET pin number on the simulated header.</summary>
    public int ResetPin => DefaultResetPin;

    /// <summary>The virtual clock (a <see cref="TimeProvider"/> for timestamping frames).</summary>
    public SimulationClock Clock { get; }

    /// <summary>The GPIO driver the chip's pins are on.</summary>
    public SimulatedGpioDriver GpioDriver { get; }

    /// <summary>Faults; may be changed while running (e.g. electrodes off).</summary>
    public SimulatorFaults Faults { get; }

    /// <summary>What the chip has done.</summary>
    public SimulatorStatistics Statistics => _chip.Statistics;

    /// <summary>True in RDATAC mode.</summary>
    public bool IsContinuousRead => Locked(() => _chip.ContinuousRead);

    /// <summary>True while conversions run.</summary>
    public bool IsConverting => Locked(() => _chip.IsConverting);

    /// <summary>True in standby.</summary>
    public bool IsStandby => Locked(() => _chip.Standby);

    /// <summary>Index of the latest conversion since START (-1 before the first).</summary>
    public long ConversionIndex => Locked(() => _chip.ConversionIndex);

    /// <summary>The offset (µV) removed by the last OFFSETCAL (0 after reset).</summary>
    public double CalibratedOffsetMicrovolts => Locked(() => _chip.CalibratedOffset);

    /// <summary>The latched frame (the one DOUT would shift out next).</summary>
    public Ads1292rFrame LatchedFrame => Locked(() => _chip.LatchedFrame);

    /// <summary>Levels the board drives on the chip's GPIO1 (bit 0) and GPIO2 (bit 1) pins; GPIOD reads them for input pins.</summary>
    public byte GpioInputLevels
    {
        get => Locked(() => _chip.Registers.GpioInputLevels);
        set => Locked(() => _chip.Registers.GpioInputLevels = (byte)(value & 0x03));
    }

    /// <summary>Reads a register directly, bypassing SPI (for tests).</summary>
    /// <param name="register">The register.</param>
    public byte PeekRegister(Register register) => Locked(() => _chip.Registers[register]);

    /// <summary>Creates an SPI device on this chip's bus.</summary>
    /// <param name="settings">Connection settings; null = <see cref="Ads1292r.CreateSpiConnectionSettings"/>(0, 0).</param>
    public SpiDevice CreateSpiDevice(SpiConnectionSettings? settings = null) =>
        new SimulatedSpiDevice(this, settings ?? Ads1292r.CreateSpiConnectionSettings(0, 0));

    /// <summary>Creates a GPIO controller on the simulated driver. Disposing it does not stop the chip.</summary>
    public GpioController CreateGpioController() => new(GpioDriver);

    /// <summary>Creates a binding wired to this chip (START and PWDN/RESET pins connected unless told otherwise).</summary>
    /// <param name="wireStart">Connect the START pin (else conversions start by command).</param>
    /// <param name="wireReset">Connect PWDN/RESET (else reset by command).</param>
    /// <param name="settings">SPI settings; null = the binding's recommended ones.</param>
    public Ads1292r CreateBinding(bool wireStart = true, bool wireReset = true, SpiConnectionSettings? settings = null) =>
        new(CreateSpiDevice(settings), CreateGpioController(), DataReadyPin, wireStart ? StartPin : -1, wireReset ? ResetPin : -1,
            shouldDispose: true, masterClockHz: _chip.MasterClockHz);

    /// <summary>Schedules a scripted event at conversion indices (counted from the next START).</summary>
    /// <param name="scheduled">The event.</param>
    public void Schedule(ScheduledEvent scheduled) => Locked(() =>
    {
        _chip.Schedule(scheduled);
        return 0;
    });

    /// <summary>Stops the conversion thread.</summary>
    public void Dispose()
    {
        _disposed = true;
        lock (_chip.Sync)
        {
            Monitor.PulseAll(_chip.Sync);
        }

        _pump.Join(TimeSpan.FromSeconds(5));
    }

    internal bool IsDisposed => _disposed;

    internal void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso, SpiConnectionSettings settings)
    {
        bool read;
        lock (_chip.Sync)
        {
            bool wasUnread = _chip.FrameUnread;
            _chip.Transfer(mosi, miso, settings);
            read = wasUnread && !_chip.FrameUnread;
            Monitor.PulseAll(_chip.Sync);
        }

        if (read)
        {
            GpioDriver.DriveInput(DataReadyPin, high: true);
        }
    }

    internal void OnHostPinWritten(int pin, bool high)
    {
        lock (_chip.Sync)
        {
            if (pin == StartPin)
            {
                _chip.SetStartPin(high);
            }
            else if (pin == ResetPin)
            {
                _chip.SetResetPin(high);
            }

            Monitor.PulseAll(_chip.Sync);
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_chip.Sync)
        {
            return read();
        }
    }
}
