using System;

namespace EdgeEcg.Ads1292r;

/// <summary>RLD_SENS bits 5..0 (bits 7:6 are the PGA chop frequency, kept separately).</summary>
[Flags]
public enum RightLegDriveSenseFlags : byte
{
    /// <summary>Nothing set.</summary>
    None = 0,

    /// <summary>RLD1P: IN1P feeds the RLD derivation.</summary>
    Channel1Positive = 0x01,

    /// <summary>RLD1N: IN1N feeds the RLD derivation.</summary>
    Channel1Negative = 0x02,

    /// <summary>RLD2P: IN2P feeds the RLD derivation.</summary>
    Channel2Positive = 0x04,

    /// <summary>RLD2N: IN2N feeds the RLD derivation.</summary>
    Channel2Negative = 0x08,

    /// <summary>RLD_LOFF_SENSE: RLD lead-off sensing on.</summary>
    LeadOffSense = 0x10,

    /// <summary>PDB_RLD: RLD buffer powered on.</summary>
    BufferOn = 0x20,
}
