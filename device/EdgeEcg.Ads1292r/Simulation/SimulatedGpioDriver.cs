using System;
using System.Device.Gpio;
using System.Threading;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// A <see cref="GpioDriver"/> whose DRDY input is driven by the simulated chip and whose START and PWDN/RESET
/// outputs drive it; a <see cref="GpioController"/> built on it delivers DRDY edges exactly as a Pi's driver would
/// (callbacks and <see cref="GpioController.WaitForEvent(int, PinEventTypes, TimeSpan)"/>).
/// </summary>
/// <remarks>Edge callbacks run on the simulator's conversion thread, like a driver's event thread; delivering an
/// edge allocates nothing (event arguments are cached per pin and edge).</remarks>
public sealed class SimulatedGpioDriver : GpioDriver
{
    private const int Pins = 28;
    private readonly object _lock = new();
    private readonly Ads1292rSimulator _simulator;
    private readonly PinValue[] _values = new PinValue[Pins];
    private readonly PinMode[] _modes = new PinMode[Pins];
    private readonly bool[] _open = new bool[Pins];
    private readonly long[] _fallingEdges = new long[Pins];
    private readonly long[] _risingEdges = new long[Pins];
    private readonly PinChangeEventHandler[][] _falling = new PinChangeEventHandler[Pins][];
    private readonly PinChangeEventHandler[][] _rising = new PinChangeEventHandler[Pins][];
    private readonly PinValueChangedEventArgs[] _fallingArgs = new PinValueChangedEventArgs[Pins];
    private readonly PinValueChangedEventArgs[] _risingArgs = new PinValueChangedEventArgs[Pins];

    internal SimulatedGpioDriver(Ads1292rSimulator simulator)
    {
        _simulator = simulator;
        for (int p = 0; p < Pins; p++)
        {
            _falling[p] = [];
            _rising[p] = [];
            _fallingArgs[p] = new PinValueChangedEventArgs(PinEventTypes.Falling, p);
            _risingArgs[p] = new PinValueChangedEventArgs(PinEventTypes.Rising, p);
            _values[p] = PinValue.Low;
        }

        _values[simulator.DataReadyPin] = PinValue.High;
    }

    /// <inheritdoc />
    protected override int PinCount => Pins;

    /// <inheritdoc />
    protected override void OpenPin(int pinNumber)
    {
        lock (_lock)
        {
            _open[Check(pinNumber)] = true;
        }
    }

    /// <inheritdoc />
    protected override void ClosePin(int pinNumber)
    {
        lock (_lock)
        {
            _open[Check(pinNumber)] = false;
        }
    }

    /// <inheritdoc />
    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        if (pinNumber == _simulator.DataReadyPin && mode == PinMode.Output)
        {
            throw new InvalidOperationException($"GPIO {pinNumber} is DRDY, an output of the ADS1292R: open it as an input");
        }

        lock (_lock)
        {
            _modes[Check(pinNumber)] = mode;
        }
    }

    /// <inheritdoc />
    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_lock)
        {
            return _modes[Check(pinNumber)];
        }
    }

    /// <inheritdoc />
    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) =>
        mode is PinMode.Input or PinMode.Output or PinMode.InputPullUp or PinMode.InputPullDown;

    /// <inheritdoc />
    protected override PinValue Read(int pinNumber)
    {
        lock (_lock)
        {
            return _values[Check(pinNumber)];
        }
    }

    /// <inheritdoc />
    protected override void Write(int pinNumber, PinValue value)
    {
        if (pinNumber == _simulator.DataReadyPin)
        {
            throw new InvalidOperationException($"GPIO {pinNumber} is DRDY, driven by the ADS1292R; it cannot be written");
        }

        lock (_lock)
        {
            _values[Check(pinNumber)] = value;
        }

        _simulator.OnHostPinWritten(pinNumber, value == PinValue.High);
    }

    /// <inheritdoc />
    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Check(pinNumber);
            long falling = _fallingEdges[pinNumber];
            long rising = _risingEdges[pinNumber];
            while (!cancellationToken.IsCancellationRequested)
            {
                if ((eventTypes & PinEventTypes.Falling) != 0 && _fallingEdges[pinNumber] != falling)
                {
                    return new WaitForEventResult { EventTypes = PinEventTypes.Falling, TimedOut = false };
                }

                if ((eventTypes & PinEventTypes.Rising) != 0 && _risingEdges[pinNumber] != rising)
                {
                    return new WaitForEventResult { EventTypes = PinEventTypes.Rising, TimedOut = false };
                }

                Monitor.Wait(_lock, 5);
            }

            return new WaitForEventResult { EventTypes = PinEventTypes.None, TimedOut = true };
        }
    }

    /// <inheritdoc />
    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_lock)
        {
            Check(pinNumber);
            if ((eventTypes & PinEventTypes.Falling) != 0)
            {
                _falling[pinNumber] = [.. _falling[pinNumber], callback];
            }

            if ((eventTypes & PinEventTypes.Rising) != 0)
            {
                _rising[pinNumber] = [.. _rising[pinNumber], callback];
            }
        }
    }

    /// <inheritdoc />
    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_lock)
        {
            Check(pinNumber);
            _falling[pinNumber] = Array.FindAll(_falling[pinNumber], c => c != callback);
            _rising[pinNumber] = Array.FindAll(_rising[pinNumber], c => c != callback);
        }
    }

    /// <summary>Drives an input pin from the chip side and delivers the edge, if any, to waiters and callbacks.</summary>
    /// <param name="pinNumber">The pin (DRDY).</param>
    /// <param name="high">The new level.</param>
    internal void DriveInput(int pinNumber, bool high)
    {
        PinChangeEventHandler[] callbacks;
        PinValueChangedEventArgs args;
        lock (_lock)
        {
            PinValue value = high ? PinValue.High : PinValue.Low;
            if (_values[pinNumber] == value)
            {
                return;
            }

            _values[pinNumber] = value;
            if (high)
            {
                _risingEdges[pinNumber]++;
                callbacks = _rising[pinNumber];
                args = _risingArgs[pinNumber];
            }
            else
            {
                _fallingEdges[pinNumber]++;
                callbacks = _falling[pinNumber];
                args = _fallingArgs[pinNumber];
            }

            Monitor.PulseAll(_lock);
        }

        for (int i = 0; i < callbacks.Length; i++)
        {
            callbacks[i](this, args);
        }
    }

    private static int Check(int pinNumber) =>
        pinNumber is >= 0 and < Pins ? pinNumber : throw new ArgumentOutOfRangeException(nameof(pinNumber), pinNumber, $"GPIO 0 … {Pins - 1}");
}
