namespace EdgeEcg.Ads1292r;

/// <summary>Channel input multiplexer, CHnSET MUXn[3:0].</summary>
public enum InputMux : byte
{
    /// <summary>Normal electrode input (INnP/INnN).</summary>
    Normal = 0b0000,

    /// <summary>Inputs shorted together (offset and noise measurement).</summary>
    Shorted = 0b0001,

    /// <summary>RLD_MEASURE: measure the right-leg-drive signal.</summary>
    RldMeasure = 0b0010,

    /// <summary>MVDD: supply measurement (MVDDP/MVDDN; the scale per channel is in the datasheet's supply-measurement section).</summary>
    Supply = 0b0011,

    /// <summary>Temperature sensor: 145,300 µV at 25 °C, +490 µV/°C.</summary>
    Temperature = 0b0100,

    /// <summary>Internal test signal (see <see cref="Config2Flags.TestSignalOn"/>): ±VREF/2400, DC or 1 Hz square wave.</summary>
    TestSignal = 0b0101,

    /// <summary>RLD_DRP: positive electrode is the driver.</summary>
    RldDrivePositive = 0b0110,

    /// <summary>RLD_DRM: negative electrode is the driver.</summary>
    RldDriveNegative = 0b0111,

    /// <summary>RLD_DRPM: both electrodes are the driver.</summary>
    RldDriveBoth = 0b1000,

    /// <summary>Route IN3P and IN3N to channel 1 inputs.</summary>
    Input3 = 0b1001,
}
