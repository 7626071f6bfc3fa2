using System;

namespace EdgeEcg.Ads1292r;

/// <summary>Lead-off status bits: LOFF_STAT[4:0], repeated in bits 19..15 of every frame's status word.</summary>
[Flags]
public enum LeadOffStatus : byte
{
    /// <summary>All monitored electrodes connected.</summary>
    None = 0,

    /// <summary>IN1P (channel 1 positive electrode) off.</summary>
    In1Positive = 0x01,

    /// <summary>IN1N (channel 1 negative electrode) off.</summary>
    In1Negative = 0x02,

    /// <summary>IN2P (channel 2 positive electrode) off.</summary>
    In2Positive = 0x04,

    /// <summary>IN2N (channel 2 negative electrode) off.</summary>
    In2Negative = 0x08,

    /// <summary>RLD (right-leg drive electrode) off.</summary>
    RightLegDrive = 0x10,
}
