using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EdgeEcg.Ads1292r;

namespace EdgeEcg.Device.SelfTest;

/// <summary>
/// The technician's front-end self-test: chip ID, register write/read-back, internal test signal amplitude
/// and frequency, shorted-input noise, lead-off status, and data rate against the configured rate. The same
/// checks run on hardware and on the simulator.
/// </summary>
public sealed class FrontEndSelfTest
{
    private readonly Ads1292r.Ads1292r _chip;
    private readonly TimeProvider _time;
    private readonly DataRate _rate;

    /// <summary>Creates the self-test.</summary>
    /// <param name="chip">The binding (not yet initialised).</param>
    /// <param name="time">Clock of frame timestamps (the system clock on hardware).</param>
    /// <param name="rate">Data rate to test at.</param>
    public FrontEndSelfTest(Ads1292r.Ads1292r chip, TimeProvider time, DataRate rate = DataRate.Sps500)
    {
        _chip = chip ?? throw new ArgumentNullException(nameof(chip));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _rate = rate;
    }

    /// <summary>Runs every check; stops after a failed ID or register check, since nothing after it can be trusted.</summary>
    /// <param name="target">Description of the device under test for the report.</param>
    public SelfTestReport Run(string target)
    {
        var checks = new List<SelfTestCheck>();
        if (Add(checks, CheckId()) && Add(checks, CheckRegisters()))
        {
            try
            {
                checks.Add(CheckTestSignal());
                checks.Add(CheckNoise());
                _chip.Configure(Settings(InputMux.Normal));
                FrameCapture capture = Capture(SelfTestLimits.DataRateSeconds);
                checks.Add(CheckLeadOff(capture));
                checks.Add(CheckDataRate(capture));
            }
            catch (IOException e)
            {
                // Ads1292rException (a verify failure) or a bus error from the SPI driver.
                checks.Add(new SelfTestCheck("front end", false, "lost", "answers throughout", "the front end stopped answering during the test: " + e.Message));
            }
            catch (NoFramesException e)
            {
                checks.Add(new SelfTestCheck("data ready", false, "no frames", "DRDY falls at the data rate", e.Message));
            }
        }

        return new SelfTestReport(target, checks);
    }

    private static bool Add(List<SelfTestCheck> checks, SelfTestCheck check)
    {
        checks.Add(check);
        return check.Passed;
    }

    private SelfTestCheck CheckId()
    {
        try
        {
            ChipModel model = _chip.Initialize();
            return new SelfTestCheck("chip ID", true, $"0x{(byte)model:X2} ({model})", "0x73 (ADS1292R)", "ADS1292R found");
        }
        catch (Ads1292rException e) when (e.Fault == Ads1292rFault.DeadBus)
        {
            return new SelfTestCheck("chip ID", false, "no answer", "0x73 (ADS1292R)", e.Message);
        }
        catch (Ads1292rException e)
        {
            return new SelfTestCheck("chip ID", false, "another device", "0x73 (ADS1292R)", "wrong ID: " + e.Message);
        }
        catch (IOException e)
        {
            return new SelfTestCheck("chip ID", false, "bus error", "0x73 (ADS1292R)", "the SPI transfer failed: " + e.Message);
        }
    }

    private SelfTestCheck CheckRegisters()
    {
        try
        {
            Ads1292rSettings pattern = Settings(InputMux.Shorted);
            pattern.Channel1 = new ChannelSettings(PgaGain.Gain12, InputMux.Temperature);
            pattern.LeadOffThreshold = LeadOffThreshold.Percent70;
            _chip.Configure(pattern);
            _chip.Configure(Settings(InputMux.Normal));
            return new SelfTestCheck("registers", true, "11 of 11 read back", "all equal", "write/read-back verified with two patterns");
        }
        catch (Ads1292rException e)
        {
            return new SelfTestCheck("registers", false, "mismatch", "all equal", "register read-back failed: " + e.Message);
        }
        catch (IOException e)
        {
            return new SelfTestCheck("registers", false, "bus error", "all equal", "the SPI transfer failed: " + e.Message);
        }
    }

    private SelfTestCheck CheckTestSignal()
    {
        Ads1292rSettings s = Settings(InputMux.TestSignal);
        s.Config2 |= Config2Flags.TestSignalOn | Config2Flags.TestSquareWave1Hz;
        _chip.Configure(s);
        FrameCapture capture = Capture(SelfTestLimits.TestSignalSeconds);
        double[] uv = capture.Channel2Microvolts(s.Channel2Scale);
        double amplitude = SignalMeasures.SquareWaveAmplitude(uv);
        double frequency = SignalMeasures.FrequencyHz(uv, s.SamplesPerSecond);
        double ea = Math.Abs(amplitude / SelfTestLimits.TestSignalAmplitudeMicrovolts - 1);
        double ef = Math.Abs(frequency / SelfTestLimits.TestSignalFrequencyHz - 1);
        bool ok = ea <= SelfTestLimits.TestSignalAmplitudeTolerance && ef <= SelfTestLimits.TestSignalFrequencyTolerance;
        return new SelfTestCheck("test signal", ok,
            F($"±{amplitude:0.0} µV at {frequency:0.000} Hz"),
            F($"±{SelfTestLimits.TestSignalAmplitudeMicrovolts:0.0} µV ±{SelfTestLimits.TestSignalAmplitudeTolerance:P0} at 1 Hz ±{SelfTestLimits.TestSignalFrequencyTolerance:P0}"),
            ok ? "internal test signal within tolerance" : F($"test signal out of tolerance (amplitude error {ea:P1}, frequency error {ef:P1})"));
    }

    private SelfTestCheck CheckNoise()
    {
        Ads1292rSettings s = Settings(InputMux.Shorted);
        _chip.Configure(s);
        FrameCapture capture = Capture(SelfTestLimits.NoiseSeconds);
        double pp = SignalMeasures.PeakToPeak(capture.Channel2Microvolts(s.Channel2Scale));
        bool ok = pp <= SelfTestLimits.NoiseLimitMicrovoltsPeakToPeak;
        return new SelfTestCheck("input noise", ok, F($"{pp:0.00} µVpp (shorted, gain 6)"), F($"≤ {SelfTestLimits.NoiseLimitMicrovoltsPeakToPeak:0.0} µVpp"),
            ok ? "shorted-input noise within limit" : F($"noisy inputs: {pp:0.0} µVpp exceeds {SelfTestLimits.NoiseLimitMicrovoltsPeakToPeak:0.0} µVpp (damaged input, interference or bad shielding)"));
    }

    private static SelfTestCheck CheckLeadOff(FrameCapture capture)
    {
        LeadOffStatus off = LeadOffStatus.None;
        for (int i = 0; i < capture.Count; i++)
        {
            off |= capture.Frames[i].LeadOff;
        }

        bool ok = off == LeadOffStatus.None && capture.Count > 0;
        return new SelfTestCheck("lead-off", ok, off == LeadOffStatus.None ? "all connected" : $"off: {off}", "IN2P, IN2N connected",
            ok ? "electrodes connected" : capture.Count == 0 ? "no frames arrived" : $"electrodes off: {off} (attach the electrodes or a patient simulator)");
    }

    private SelfTestCheck CheckDataRate(FrameCapture capture)
    {
        int configured = Ads1292rScale.SamplesPerSecond(_rate);
        double measured = capture.MeasuredSamplesPerSecond();
        double error = measured / configured - 1;
        bool ok = Math.Abs(error) <= SelfTestLimits.DataRateTolerance && capture.LostFrames == 0;
        string message = ok
            ? "frames arrive at the configured rate with no gaps"
            : Math.Abs(error) > SelfTestLimits.DataRateTolerance
                ? F($"wrong data rate: {measured:0.0} SPS measured, {configured} SPS configured ({error:+0.0%;-0.0%})")
                : F($"{capture.LostFrames} samples lost during the measurement (gap events)");
        return new SelfTestCheck("data rate", ok, F($"{measured:0.0} SPS over {capture.Count} frames"), F($"{configured} SPS ±{SelfTestLimits.DataRateTolerance:P0}"), message);
    }

    private Ads1292rSettings Settings(InputMux channel2Mux) => new()
    {
        DataRate = _rate,
        Channel2 = new ChannelSettings(PgaGain.Gain6, channel2Mux),
    };

    private FrameCapture Capture(double seconds)
    {
        int count = (int)(seconds * Ads1292rScale.SamplesPerSecond(_rate));
        TimeSpan timeout = TimeSpan.FromSeconds((seconds * 2) + 2);
        FrameCapture capture = FrameCapture.Take(_chip, _time, count, timeout);
        if (capture.Count == 0)
        {
            throw new NoFramesException(F(
                $"no frame arrived within {timeout.TotalSeconds:0} s of starting conversions: DRDY never fell (check the DRDY wire and --drdy-pin, and the START pin)"));
        }

        return capture;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>A capture got no frame at all: no later check can measure anything.</summary>
    private sealed class NoFramesException(string message) : Exception(message);
}
