using System;
using System.Collections.Generic;
using System.Device.Spi;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>
/// The ADS1292R's digital behaviour: command state machine, register file, conversion result latch and the
/// analog front (mux, PGA, ADC) reduced to an ideal converter plus datasheet noise and offset.
/// </summary>
/// <remarks>All members are called with <see cref="Sync"/> held (the SPI device, GPIO driver and pump take it).</remarks>
internal sealed class SimulatedChip
{
    private readonly byte[] _frame = new byte[FrameFormat.Length];
    private readonly List<ScheduledEvent> _events = new();
    private readonly IElectrodeSource _source;
    private bool _frameSlipped;
    private bool _startCommand;
    private bool _startPin;
    private bool _poweredUp = true;

    public SimulatedChip(IElectrodeSource source, SimulatorFaults faults, int masterClockHz)
    {
        _source = source;
        Faults = faults;
        MasterClockHz = masterClockHz;
        Registers = new SimulatedRegisters(faults.Id);
    }

    public object Sync { get; } = new();

    public SimulatorFaults Faults { get; }

    public SimulatedRegisters Registers { get; }

    public SimulatorStatistics Statistics { get; } = new();

    public int MasterClockHz { get; }

    public bool ContinuousRead { get; private set; } = true;

    public bool Standby { get; private set; }

    public bool FrameUnread { get; private set; }

    public long ConversionIndex { get; private set; } = -1;

    public double CalibratedOffset { get; private set; }

    /// <summary>Changes whenever conversions (re)start, so the pump restarts its timeline.</summary>
    public int Generation { get; private set; }

    public bool IsConverting => _poweredUp && !Standby && (_startPin || _startCommand) && Faults.DeadBus is null;

    public int SamplesPerSecond => Ads1292rScale.SamplesPerSecond((DataRate)(Registers[Register.Config1] & 0x07));

    /// <summary>True conversion period in <see cref="SimulationClock"/> ticks (nominal × <see cref="SimulatorFaults.ConversionPeriodScale"/>).</summary>
    public long PeriodTicks => (long)Math.Round(SimulationClock.TicksPerSecond / (double)SamplesPerSecond * Faults.ConversionPeriodScale);

    public void Schedule(ScheduledEvent e) => _events.Add(e);

    public void SetStartPin(bool high)
    {
        if (high && !_startPin)
        {
            RestartConversions();
        }

        _startPin = high;
    }

    public void SetResetPin(bool high)
    {
        if (!high)
        {
            _poweredUp = false;
        }
        else if (!_poweredUp)
        {
            _poweredUp = true;
            ResetChip();
        }
    }

    /// <summary>One CS-low SPI transaction: MOSI bytes are decoded, MISO bytes are produced.</summary>
    public void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso, SpiConnectionSettings settings)
    {
        miso.Clear();
        if (!_poweredUp)
        {
            return;
        }

        if (Faults.DeadBus is byte dead)
        {
            miso.Fill(dead);
            return;
        }

        bool frameOut = ContinuousRead && ConversionIndex >= 0;
        if (frameOut)
        {
            MarkFrameRead();
        }

        bool bytesSpacedEnough = settings.ClockFrequency <= 2 * MasterClockHz;
        var decoder = new TransactionDecoder();
        for (int i = 0; i < mosi.Length; i++)
        {
            byte output = frameOut ? _frame[i % FrameFormat.Length] : (byte)0;
            output |= decoder.Step(this, mosi[i], bytesSpacedEnough);
            if (i < miso.Length)
            {
                miso[i] = output;
            }
        }

        if ((frameOut && _frameSlipped) || settings.Mode != SpiMode.Mode1)
        {
            ShiftRightOneBit(miso);
        }
    }

    /// <summary>Performs one conversion and latches its frame. Returns true when DRDY falls for it.</summary>
    public bool Convert()
    {
        long index = ++ConversionIndex;
        Statistics.Conversions++;
        if (FrameUnread)
        {
            Statistics.FramesOverwritten++;
        }

        int sps = SamplesPerSecond;
        LeadOffStatus off = Faults.ElectrodesOff;
        bool saturated = false;
        bool missed = false;
        _frameSlipped = false;
        for (int i = 0; i < _events.Count; i++)
        {
            ScheduledEvent e = _events[i];
            if (!e.Covers(index))
            {
                continue;
            }

            switch (e.Kind)
            {
                case ScheduledEventKind.LeadOff: off |= e.Electrodes; break;
                case ScheduledEventKind.Saturation: saturated = true; break;
                case ScheduledEventKind.MissedDataReady: missed = true; break;
                case ScheduledEventKind.BitSlip: _frameSlipped = true; break;
            }
        }

        LeadOffStatus reported = ReportedLeadOff(off);
        Registers.SetLeadOffStatus(reported);
        int ch1 = ChannelCode(1, index, sps, off, false);
        int ch2 = ChannelCode(2, index, sps, off, saturated);
        int gpio = Registers[Register.Gpio] & 0x03;
        FrameFormat.Encode(new Ads1292rFrame(FrameFormat.MakeStatus(reported, gpio), ch1, ch2), _frame);
        FrameUnread = true;
        return !missed;
    }

    public Ads1292rFrame LatchedFrame => FrameFormat.Decode(_frame);

    internal void Execute(byte opcode)
    {
        switch ((Command)opcode)
        {
            case Command.Wakeup: Standby = false; Generation++; break;
            case Command.Standby: Standby = true; break;
            case Command.Reset: ResetChip(); break;
            case Command.Start: _startCommand = true; RestartConversions(); break;
            case Command.Stop: _startCommand = false; break;
            case Command.OffsetCalibration: CalibrateOffset(); break;
            case Command.ReadDataContinuous: ContinuousRead = true; break;
            case Command.StopReadDataContinuous: ContinuousRead = false; break;
        }
    }

    /// <summary>OFFSETCAL measures the input offset only when CALIB_ON (RESP2 bit 7) enables offset calibration.</summary>
    private void CalibrateOffset()
    {
        if ((Registers[Register.Respiration2] & 0x80) != 0)
        {
            CalibratedOffset = Faults.InputOffsetMicrovolts;
        }
    }

    internal void MarkFrameRead()
    {
        if (FrameUnread)
        {
            FrameUnread = false;
            Statistics.FramesRead++;
        }
    }

    internal byte FrameByte(int i) => _frame[i % FrameFormat.Length];

    private void ResetChip()
    {
        Registers.Id = Faults.Id;
        Registers.Reset();
        ContinuousRead = true;
        Standby = false;
        _startCommand = false;
        CalibratedOffset = 0;
        RestartConversions();
    }

    private void RestartConversions()
    {
        ConversionIndex = -1;
        FrameUnread = false;
        Generation++;
    }

    private LeadOffStatus ReportedLeadOff(LeadOffStatus off)
    {
        if ((Registers[Register.Config2] & (byte)Config2Flags.LeadOffComparatorsOn) == 0)
        {
            return LeadOffStatus.None;
        }

        int sensed = Registers[Register.LeadOffSense] & 0x0F;
        if ((Registers[Register.RightLegDriveSense] & (byte)RightLegDriveSenseFlags.LeadOffSense) != 0)
        {
            sensed |= (int)LeadOffStatus.RightLegDrive;
        }

        return (LeadOffStatus)((int)off & sensed);
    }

    private int ChannelCode(int channel, long index, int sps, LeadOffStatus off, bool saturated)
    {
        var settings = ChannelSettings.FromRegister(Registers[channel == 1 ? Register.Channel1Settings : Register.Channel2Settings]);
        if (settings.PowerDown)
        {
            return 0;
        }

        bool reference4V = (Registers[Register.Config2] & (byte)Config2Flags.Reference4V) != 0;
        var scale = new Ads1292rScale(settings.Gain, reference4V);
        int offMask = channel == 1 ? 0x03 : 0x0C;
        if (settings.Mux == InputMux.Normal && (saturated || ((int)off & offMask) != 0))
        {
            return Ads1292rScale.MaxCode;
        }

        double noiseRms = DeviceNoise.RmsMicrovolts(settings.Gain, sps) * Faults.NoiseScale;
        double noise = noiseRms * DeviceNoise.StandardNormal(0xAD51292, channel, Statistics.Conversions);
        double offset = Faults.InputOffsetMicrovolts - CalibratedOffset;
        double uv = settings.Mux switch
        {
            InputMux.Normal => _source.Microvolts(channel, index, sps) + (Faults.NoiseOnElectrodes ? noise : 0) + offset,
            InputMux.Shorted => noise + offset,
            InputMux.TestSignal => TestSignal(index, sps, scale.ReferenceVolts) + noise + offset,
            InputMux.Temperature => 145_300 + noise,
            InputMux.Supply => channel == 1 ? 1_650_000 : 825_000,
            _ => noise,
        };
        return scale.ToCode(uv);
    }

    private double TestSignal(long index, int sps, double referenceVolts)
    {
        byte config2 = Registers[Register.Config2];
        if ((config2 & (byte)Config2Flags.TestSignalOn) == 0)
        {
            return 0;
        }

        double amplitude = referenceVolts * 1e6 / 2400.0;
        if ((config2 & (byte)Config2Flags.TestSquareWave1Hz) == 0)
        {
            return amplitude;
        }

        return index % sps < sps / 2 ? amplitude : -amplitude;
    }

    private static void ShiftRightOneBit(Span<byte> bytes)
    {
        int carry = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            int b = bytes[i];
            bytes[i] = (byte)((b >> 1) | (carry << 7));
            carry = b & 1;
        }
    }
}
