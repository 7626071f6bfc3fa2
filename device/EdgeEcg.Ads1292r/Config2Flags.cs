using System;

namespace EdgeEcg.Ads1292r;

/// <summary>CONFIG2 bits. Bit 7 must be written as 1 and bit 2 as 0; <see cref="Ads1292rSettings"/> does so.</summary>
[Flags]
public enum Config2Flags : byte
{
    /// <summary>Nothing set.</summary>
    None = 0,

    /// <summary>TEST_FREQ: 0 = test signal at DC, 1 = square wave at 1 Hz.</summary>
    TestSquareWave1Hz = 0x01,

    /// <summary>INT_TEST: internal test signal on (amplitude ±(VREFP - VREFN)/2400).</summary>
    TestSignalOn = 0x02,

    /// <summary>CLK_EN: drive the oscillator clock on the CLK pin.</summary>
    ClockOutput = 0x08,

    /// <summary>VREF_4V: 4.033 V internal reference instead of 2.42 V (needs a 5 V analog supply).</summary>
    Reference4V = 0x10,

    /// <summary>PDB_REFBUF: reference buffer powered on (needed when the internal reference is used).</summary>
    ReferenceBufferOn = 0x20,

    /// <summary>PDB_LOFF_COMP: lead-off comparators powered on.</summary>
    LeadOffComparatorsOn = 0x40,

    /// <summary>Bit 7: reserved, must be 1.</summary>
    Reserved7 = 0x80,
}
