namespace EdgeEcg.Dsp.Beats;

/// <summary>
/// Streaming integer QRS detector after P. S. Hamilton, "Open Source ECG Analysis",
/// Computers in Cardiology 29:101–104 (2002) (the OSEA detector, E.P. Limited), with the detection rules of
/// Hamilton and Tompkins, IEEE Trans. Biomed. Eng. 33:1157–1165 (1986), at 250 Hz.
/// </summary>
/// <remarks>
/// <para><b>Input.</b> The canonical device signal: int16 at 250 Hz, 5 µV/LSB (ideally already cleaned by the
/// baseline/mains/low-pass chain, though the detector band-passes internally and also works on raw samples).</para>
/// <para><b>Rules.</b> QRS energy (<see cref="QrsEnergyFilter"/>) → local maxima (<see cref="PeakPicker"/>) →
/// 195 ms pre-blanking, keeping the largest peak (refractory period) → baseline-shift test (the raw slope must
/// rise and fall by comparable amounts within 150 ms) → T-wave test (a peak within 360 ms of the previous beat
/// whose largest slope is under half that beat's is noise) → adaptive threshold
/// <c>noise + 0.3125·(qrs − noise)</c> over the means of the last eight QRS and noise peaks → search-back:
/// when no beat is found for 1.5 mean RR (plus the pre-blanking), the largest noise peak above half the
/// threshold that lies at least 360 ms after the previous beat becomes a beat. A threshold is re-learnt from
/// the per-second maxima after 8 s without a beat. The first two seconds learn the initial QRS level; the peaks
/// seen meanwhile are then judged by the same rules, so the first beats of a stream are not lost.</para>
/// <para><b>Fiducial point.</b> The beat is placed at the largest magnitude of the band-passed signal
/// (<see cref="QrsEnergyFilter.Bandpassed"/>, delay-compensated) near the energy peak: the R peak, or the
/// deepest deflection of a QS/rS complex.</para>
/// <para><b>Latency.</b> A regular detection is reported at most <see cref="MaxRegularLatency"/> samples
/// (0.5 s) after its fiducial point; a search-back detection up to 1.5 mean RR intervals + 0.5 s after it; the
/// beats of the first two seconds when learning ends.</para>
/// <para><b>Performance on MIT-BIH</b> (all 48 records, first signal, through <c>EcgChain</c>, EC57 from 5 min,
/// bxb rules): gross Se 99.82 %, +P 99.81 % (see <c>edgeecg-model eval qrs</c>).</para>
/// <para><b>Scaling and overflow.</b> All state is int32/int64 with the bounds given on <see cref="QrsEnergyFilter"/>;
/// the threshold arithmetic works on energies ≤ 32000 and cannot overflow. Zero allocation per sample.</para>
/// </remarks>
public sealed class Hamilton2002Detector
{
    /// <summary>Energy peaks below this (≈ 0.3 mV QRS) are ignored, as in OSEA.</summary>
    public const int MinPeakEnergy = 7;

    /// <summary>Upper bound, in samples, between a regular beat's fiducial point and its report.</summary>
    public const int MaxRegularLatency = FiducialBefore + QrsEnergyFilter.EnergyDelay + Hamilton2002Timing.Ms95 + 1 + Hamilton2002Timing.Ms195;

    private const int RingLength = 256;
    private const int RingMask = RingLength - 1;
    private const int FiducialBefore = 20;
    private const int FiducialAfter = 12;
    private const int SlopeBefore = 59;
    private const int SlopeAfter = 4;
    private const int LearningCapacity = 12;
    private const int OutputCapacity = 16;

    private readonly QrsEnergyFilter filter = new();
    private readonly PeakPicker picker = new();
    private readonly short[] input = new short[RingLength];
    private readonly int[] bandpass = new int[RingLength];
    private readonly RecentAverage qrsPeaks = new(0);
    private readonly RecentAverage noisePeaks = new(0);
    private readonly RecentAverage rrIntervals = new(Hamilton2002Timing.Ms1000);
    private readonly int[] secondMaxima = new int[RecentAverage.Length];
    private readonly int[] learntPeaks = new int[LearningCapacity];
    private readonly long[] learntIndices = new long[LearningCapacity];
    private readonly long[] learntFiducials = new long[LearningCapacity];
    private readonly int[] learntSlopes = new int[LearningCapacity];
    private readonly QrsBeat[] output = new QrsBeat[OutputCapacity];
    private int learntCount;
    private int outputHead;
    private int outputCount;

    private long n;
    private int heldPeak;
    private long heldIndex;
    private int preBlank;
    private bool learning;
    private int secondMaximaCount;
    private int secondCounter;
    private int secondMax;
    private int threshold;
    private int searchBackInterval;
    private long lastQrsIndex;
    private long lastFiducial;
    private int lastMaxSlope;
    private int candidatePeak;
    private long candidateIndex;
    private long candidateFiducial;
    private int candidateSlope;

    /// <summary>Creates a detector ready for the first sample.</summary>
    public Hamilton2002Detector()
    {
        Reset();
    }

    /// <summary>The beat reported by the last call of <see cref="Process"/> that returned true.</summary>
    public QrsBeat LastBeat { get; private set; }

    /// <summary>Number of samples processed since construction or <see cref="Reset"/>.</summary>
    public long SampleCount => n + 1;

    /// <summary>The current detection threshold on the QRS energy (0 while learning).</summary>
    public int Threshold => threshold;

    /// <summary>Feeds one sample.</summary>
    /// <param name="x">The next ECG sample (250 Hz, 5 µV/LSB).</param>
    /// <returns>True when a beat is confirmed; it is then in <see cref="LastBeat"/> (its position lies in the past).</returns>
    public bool Process(short x)
    {
        n++;
        input[(int)(n & RingMask)] = x;
        int energy = filter.Process(x);
        bandpass[(int)((n - QrsEnergyFilter.BandpassDelay) & RingMask)] = filter.Bandpassed;

        int peak = picker.Process(energy, n);
        if (peak < MinPeakEnergy)
        {
            peak = 0;
        }

        int newPeak = 0;
        long newIndex = 0;
        if (peak != 0 && preBlank == 0)
        {
            Hold(peak, picker.PeakIndex);
        }
        else if (preBlank != 0)
        {
            if (peak > heldPeak)
            {
                Hold(peak, picker.PeakIndex);
            }
            else if (--preBlank == 0)
            {
                newPeak = heldPeak;
                newIndex = heldIndex;
            }
        }

        if (learning)
        {
            if (newPeak > 0)
            {
                Remember(newPeak, newIndex);
            }

            Learn(newPeak);
            return Dequeue();
        }

        bool detected = false;
        if (newPeak > 0)
        {
            detected = Classify(newPeak, newIndex);
        }

        if (!detected && candidatePeak > (threshold >> 1) && n - lastQrsIndex > searchBackInterval)
        {
            AcceptBeat(candidatePeak, candidateIndex, candidateFiducial, candidateSlope, true);
        }

        TrackSilence(newPeak);
        return Dequeue();
    }

    /// <summary>Returns the detector to its initial state (learning the first two seconds again).</summary>
    public void Reset()
    {
        filter.Reset();
        picker.Reset();
        System.Array.Clear(input, 0, input.Length);
        System.Array.Clear(bandpass, 0, bandpass.Length);
        qrsPeaks.Fill(0);
        noisePeaks.Fill(0);
        rrIntervals.Fill(Hamilton2002Timing.Ms1000);
        n = -1;
        heldPeak = 0;
        heldIndex = 0;
        preBlank = 0;
        learning = true;
        secondMaximaCount = 0;
        secondCounter = 0;
        secondMax = 0;
        threshold = 0;
        searchBackInterval = Hamilton2002Timing.Ms1500;
        lastQrsIndex = 0;
        lastFiducial = -1;
        lastMaxSlope = 0;
        candidatePeak = 0;
        learntCount = 0;
        outputHead = 0;
        outputCount = 0;
        LastBeat = default;
    }

    private void Hold(int peak, long index)
    {
        heldPeak = peak;
        heldIndex = index;
        preBlank = Hamilton2002Timing.Ms195;
    }

    private void Learn(int newPeak)
    {
        if (newPeak > secondMax)
        {
            secondMax = newPeak;
        }

        if (++secondCounter < Hamilton2002Timing.Ms1000)
        {
            return;
        }

        secondMaxima[secondMaximaCount++] = secondMax;
        secondCounter = 0;
        secondMax = 0;
        if (secondMaximaCount == 2)
        {
            for (int i = 0; i < RecentAverage.Length / 2; i++)
            {
                qrsPeaks.Push(secondMaxima[0]);
                qrsPeaks.Push(secondMaxima[1]);
            }

            StartOver();
            learning = false;
            ReviewLearntPeaks();
        }
    }

    private void Remember(int peak, long index)
    {
        if (learntCount == LearningCapacity || !IsQrsLike(index, out int maxSlope))
        {
            return;
        }

        learntPeaks[learntCount] = peak;
        learntIndices[learntCount] = index;
        learntFiducials[learntCount] = LocateFiducial(index);
        learntSlopes[learntCount] = maxSlope;
        learntCount++;
    }

    private void ReviewLearntPeaks()
    {
        // The first two seconds only set the QRS level; now that a threshold exists, the peaks seen meanwhile
        // are judged by the regular rules so the first beats of a recording are not lost.
        bool any = false;
        for (int i = 0; i < learntCount; i++)
        {
            long index = learntIndices[i];
            bool tWave = any && index - lastQrsIndex < Hamilton2002Timing.Ms360 && learntSlopes[i] < (lastMaxSlope >> 1);
            bool tooClose = any && learntFiducials[i] - lastFiducial < Hamilton2002Timing.Ms195;
            if (tWave || tooClose || learntPeaks[i] <= threshold)
            {
                continue;
            }

            if (any)
            {
                rrIntervals.Push((int)(index - lastQrsIndex));
            }

            int rr = any ? (int)(learntFiducials[i] - lastFiducial) : 0;
            Enqueue(new QrsBeat(learntFiducials[i], rr, learntPeaks[i], false));
            lastQrsIndex = index;
            lastFiducial = learntFiducials[i];
            lastMaxSlope = learntSlopes[i];
            any = true;
        }

        learntCount = 0;
        if (any)
        {
            int rrMean = rrIntervals.Mean;
            searchBackInterval = rrMean + (rrMean >> 1) + Hamilton2002Timing.Ms195;
        }
    }

    private void Enqueue(QrsBeat beat)
    {
        if (outputCount == OutputCapacity)
        {
            return;
        }

        output[(outputHead + outputCount) % OutputCapacity] = beat;
        outputCount++;
    }

    private bool Dequeue()
    {
        if (outputCount == 0)
        {
            return false;
        }

        LastBeat = output[outputHead];
        outputHead = (outputHead + 1) % OutputCapacity;
        outputCount--;
        return true;
    }

    private void StartOver()
    {
        noisePeaks.Fill(0);
        rrIntervals.Fill(Hamilton2002Timing.Ms1000);
        searchBackInterval = Hamilton2002Timing.Ms1500 + Hamilton2002Timing.Ms150;
        lastQrsIndex = n - Hamilton2002Timing.Ms80;
        candidatePeak = 0;
        secondMaximaCount = 0;
        UpdateThreshold();
    }

    private void TrackSilence(int newPeak)
    {
        if (newPeak > secondMax)
        {
            secondMax = newPeak;
        }

        if (++secondCounter < Hamilton2002Timing.Ms1000)
        {
            return;
        }

        secondMaxima[secondMaximaCount++] = secondMax;
        secondCounter = 0;
        secondMax = 0;
        if (secondMaximaCount == RecentAverage.Length)
        {
            for (int i = 0; i < RecentAverage.Length; i++)
            {
                qrsPeaks.Push(secondMaxima[i]);
            }

            StartOver();
        }
    }

    private bool Classify(int newPeak, long index)
    {
        if (!IsQrsLike(index, out int maxSlope))
        {
            return false;
        }

        long sinceLast = index - lastQrsIndex;
        long fiducial = LocateFiducial(index);
        bool tWave = sinceLast < Hamilton2002Timing.Ms360 && maxSlope < (lastMaxSlope >> 1);
        bool tooClose = lastFiducial >= 0 && fiducial - lastFiducial < Hamilton2002Timing.Ms195;
        if (!tWave && !tooClose && newPeak > threshold)
        {
            AcceptBeat(newPeak, index, fiducial, maxSlope, false);
            return true;
        }

        noisePeaks.Push(newPeak);
        UpdateThreshold();
        if (!tWave && !tooClose && newPeak > candidatePeak && sinceLast >= Hamilton2002Timing.Ms360)
        {
            candidatePeak = newPeak;
            candidateIndex = index;
            candidateFiducial = fiducial;
            candidateSlope = maxSlope;
        }

        return false;
    }

    /// <summary>
    /// Baseline-shift test: within the 220 ms before the energy peak the raw slope (over 12 ms) must both rise
    /// and fall, each by at least an eighth of the other, with the extremes less than 150 ms apart.
    /// </summary>
    private bool IsQrsLike(long index, out int maxSlope)
    {
        maxSlope = 0;
        int minSlope = 0;
        long maxAt = 0;
        long minAt = 0;
        for (long i = index - SlopeBefore; i <= index - SlopeAfter; i++)
        {
            int d = input[(int)(i & RingMask)] - input[(int)((i - Hamilton2002Timing.Ms10) & RingMask)];
            if (d > maxSlope)
            {
                maxSlope = d;
                maxAt = i;
            }
            else if (d < minSlope)
            {
                minSlope = d;
                minAt = i;
            }
        }

        minSlope = -minSlope;
        long slopeGap = maxAt > minAt ? maxAt - minAt : minAt - maxAt;
        return maxSlope > (minSlope >> 3) && minSlope > (maxSlope >> 3) && slopeGap < Hamilton2002Timing.Ms150;
    }

    private long LocateFiducial(long energyIndex)
    {
        long centre = energyIndex - QrsEnergyFilter.EnergyDelay;
        long best = centre;
        int bestMagnitude = -1;
        for (long i = centre - FiducialBefore; i <= centre + FiducialAfter; i++)
        {
            int v = bandpass[(int)(i & RingMask)];
            if (v < 0)
            {
                v = -v;
            }

            if (v > bestMagnitude)
            {
                bestMagnitude = v;
                best = i;
            }
        }

        return best < 0 ? 0 : best;
    }

    private void AcceptBeat(int peak, long index, long fiducial, int maxSlope, bool searchBack)
    {
        qrsPeaks.Push(peak);
        rrIntervals.Push((int)(index - lastQrsIndex));
        int rrMean = rrIntervals.Mean;
        searchBackInterval = rrMean + (rrMean >> 1) + Hamilton2002Timing.Ms195;
        UpdateThreshold();

        int rr = lastFiducial < 0 ? 0 : (int)(fiducial - lastFiducial);
        Enqueue(new QrsBeat(fiducial, rr, peak, searchBack));
        lastFiducial = fiducial;
        lastQrsIndex = index;
        lastMaxSlope = maxSlope;
        candidatePeak = 0;
        secondCounter = 0;
        secondMax = 0;
        secondMaximaCount = 0;
    }

    private void UpdateThreshold()
    {
        int q = qrsPeaks.Mean;
        int noise = noisePeaks.Mean;
        threshold = noise + (((q - noise) * 5) >> 4);
    }
}
