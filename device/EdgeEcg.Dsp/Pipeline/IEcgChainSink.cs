using EdgeEcg.Dsp.Quality;

namespace EdgeEcg.Dsp.Pipeline;

/// <summary>Receives what <see cref="EcgChain"/> finds, synchronously, from inside its Process calls.</summary>
public interface IEcgChainSink
{
    /// <summary>A beat was detected (its R peak lies up to a few hundred ms in the past).</summary>
    /// <param name="beat">The beat.</param>
    void OnBeat(ChainBeat beat);

    /// <summary>The filtered window around a beat is complete: <see cref="EcgChain.BeatWindowLength"/> samples with the R peak at <see cref="EcgChain.BeatWindowRIndex"/>.</summary>
    /// <param name="beat">The beat.</param>
    /// <param name="window">A buffer owned by the chain, valid only during the call.</param>
    /// <param name="offset">Index of the window's first sample in <paramref name="window"/>.</param>
    void OnBeatWindow(ChainBeat beat, short[] window, int offset);

    /// <summary>A one-second quality window completed.</summary>
    /// <param name="window">The verdict (its start is at 250 Hz, in the filtered stream).</param>
    void OnQualityWindow(QualityWindow window);
}
