namespace EdgeEcg.Device.SelfTest;

/// <summary>The stated pass limits of the front-end self-test, with where each comes from.</summary>
public static class SelfTestLimits
{
    /// <summary>Expected test-signal amplitude at 2.42 V: ±V<sub>REF</sub>/2400 = ±1008.3 µV (datasheet, test signals).</summary>
    public const double TestSignalAmplitudeMicrovolts = 2.42e6 / 2400.0;

    /// <summary>Allowed relative amplitude error, ±5 % (reference accuracy and PGA gain error are each well below 1 %).</summary>
    public const double TestSignalAmplitudeTolerance = 0.05;

    /// <summary>Expected test-signal frequency, 1 Hz (TEST_FREQ = 1).</summary>
    public const double TestSignalFrequencyHz = 1.0;

    /// <summary>Allowed frequency error, ±5 %.</summary>
    public const double TestSignalFrequencyTolerance = 0.05;

    /// <summary>
    /// Shorted-input noise limit, 20 µV<sub>PP</sub> over 2 s at gain 6 and 500 SPS: 2.5 × the datasheet's typical 8 µV<sub>PP</sub>
    /// (150 Hz band). Above it the inputs are damaged or pick up interference.
    /// </summary>
    public const double NoiseLimitMicrovoltsPeakToPeak = 20.0;

    /// <summary>Allowed data-rate error, ±2 % (internal oscillator accuracy is specified within a few percent over temperature).</summary>
    public const double DataRateTolerance = 0.02;

    /// <summary>Seconds of test signal captured.</summary>
    public const double TestSignalSeconds = 3.0;

    /// <summary>Seconds of shorted input captured.</summary>
    public const double NoiseSeconds = 2.0;

    /// <summary>Seconds of normal input captured for lead-off and data rate.</summary>
    public const double DataRateSeconds = 4.0;
}
