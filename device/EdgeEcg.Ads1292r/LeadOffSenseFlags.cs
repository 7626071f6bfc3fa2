using System;

namespace EdgeEcg.Ads1292r;

/// <summary>LOFF_SENS bits: which inputs get lead-off excitation, and current direction flips.</summary>
[Flags]
public enum LeadOffSenseFlags : byte
{
    /// <summary>No lead-off detection.</summary>
    None = 0,

    /// <summary>LOFF1P: detect lead-off on IN1P.</summary>
    In1Positive = 0x01,

    /// <summary>LOFF1N: detect lead-off on IN1N.</summary>
    In1Negative = 0x02,

    /// <summary>LOFF2P: detect lead-off on IN2P.</summary>
    In2Positive = 0x04,

    /// <summary>LOFF2N: detect lead-off on IN2N.</summary>
    In2Negative = 0x08,

    /// <summary>FLIP1: flip the current direction on channel 1.</summary>
    FlipChannel1 = 0x10,

    /// <summary>FLIP2: flip the current direction on channel 2.</summary>
    FlipChannel2 = 0x20,
}
