namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>What the person (or a patient simulator) presents at the electrodes: differential input voltage per channel.</summary>
/// <remarks>Random access by conversion index, so a replay or an expectation in a test gives the same value.</remarks>
public interface IElectrodeSource
{
    /// <summary>Differential input voltage in microvolts.</summary>
    /// <param name="channel">1 (respiration channel) or 2 (ECG lead).</param>
    /// <param name="index">Conversion index since START (0 = first frame).</param>
    /// <param name="samplesPerSecond">The chip's data rate.</param>
    double Microvolts(int channel, long index, int samplesPerSecond);
}
