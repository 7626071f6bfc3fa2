namespace EdgeEcg.Benchmarks.Peers;

/// <summary>
/// Single-precision port of <see cref="EdgeEcg.Dsp.Beats.Hamilton2002Detector"/> (Hamilton 2002 / OSEA rules: peak
/// picking, 195 ms pre-blanking, baseline-shift and T-wave tests, adaptive threshold, search-back, re-learning),
/// so the floating-point peer chain does the same detection work as the fixed-point one.
/// </summary>
public sealed class FloatHamiltonDetector
{
    private const int RingLength = 256;
    private const int RingMask = RingLength - 1;
    private const float MinPeakEnergy = 7f;
    private const int Ms10 = 3, Ms80 = 20, Ms95 = 24, Ms150 = 38, Ms195 = 49, Ms360 = 90, Ms1000 = 250, Ms1500 = 375;
    private const int BandpassDelay = 20, EnergyDelay = 31, FiducialBefore = 20, FiducialAfter = 12, SlopeBefore = 59, SlopeAfter = 4;

    private readonly FloatQrsEnergyFilter filter = new();
    private readonly float[] input = new float[RingLength];
    private readonly float[] bandpass = new float[RingLength];
    private readonly FloatRecentAverage qrsPeaks = new(0);
    private readonly FloatRecentAverage noisePeaks = new(0);
    private readonly FloatRecentAverage rrIntervals = new(Ms1000);
    private readonly float[] secondMaxima = new float[8];

    private long n = -1;
    private float pickMax, pickLast;
    private long pickMaxIndex, pickPeakIndex;
    private int pickTimeSinceMax;
    private float heldPeak;
    private long heldIndex;
    private int preBlank;
    private bool learning = true;
    private int secondMaximaCount, secondCounter;
    private float secondMax, threshold;
    private float searchBackInterval = Ms1500;
    private long lastQrsIndex;
    private long lastFiducial = -1;
    private float lastMaxSlope;
    private float candidatePeak;
    private long candidateIndex, candidateFiducial;
    private float candidateSlope;

    /// <summary>R-peak index (250 Hz) of the beat reported by the last call that returned true.</summary>
    public long LastBeatSample { get; private set; }

    /// <summary>Feeds one sample; true when a beat is confirmed (see <see cref="LastBeatSample"/>).</summary>
    /// <param name="x">The filtered sample, 5 µV/LSB units.</param>
    public bool Process(float x)
    {
        n++;
        input[(int)(n & RingMask)] = x;
        float energy = filter.Process(x);
        bandpass[(int)((n - BandpassDelay) & RingMask)] = filter.Bandpassed;
        float peak = PickPeak(energy);
        if (peak < MinPeakEnergy)
        {
            peak = 0;
        }

        float newPeak = 0;
        long newIndex = 0;
        if (peak != 0 && preBlank == 0)
        {
            Hold(peak, pickPeakIndex);
        }
        else if (preBlank != 0)
        {
            if (peak > heldPeak)
            {
                Hold(peak, pickPeakIndex);
            }
            else if (--preBlank == 0)
            {
                newPeak = heldPeak;
                newIndex = heldIndex;
            }
        }

        if (learning)
        {
            Learn(newPeak);
            return false;
        }

        bool detected = newPeak > 0 && Classify(newPeak, newIndex);
        if (!detected && candidatePeak > threshold * 0.5f && n - lastQrsIndex > searchBackInterval)
        {
            Accept(candidatePeak, candidateIndex, candidateFiducial, candidateSlope);
            detected = true;
        }

        TrackSilence(newPeak);
        return detected;
    }

    private float PickPeak(float energy)
    {
        float peak = 0;
        if (pickTimeSinceMax > 0)
        {
            ++pickTimeSinceMax;
        }

        if (energy > pickLast && energy > pickMax)
        {
            pickMax = energy;
            pickMaxIndex = n;
            if (pickMax > 2)
            {
                pickTimeSinceMax = 1;
            }
        }
        else if (energy < pickMax * 0.5f || pickTimeSinceMax > Ms95)
        {
            peak = pickMax;
            pickPeakIndex = pickMaxIndex;
            pickMax = 0;
            pickTimeSinceMax = 0;
        }

        pickLast = energy;
        return peak;
    }

    private void Hold(float peak, long index)
    {
        heldPeak = peak;
        heldIndex = index;
        preBlank = Ms195;
    }

    private void Learn(float newPeak)
    {
        secondMax = newPeak > secondMax ? newPeak : secondMax;
        if (++secondCounter < Ms1000)
        {
            return;
        }

        secondMaxima[secondMaximaCount++] = secondMax;
        secondCounter = 0;
        secondMax = 0;
        if (secondMaximaCount == 2)
        {
            for (int i = 0; i < 4; i++)
            {
                qrsPeaks.Push(secondMaxima[0]);
                qrsPeaks.Push(secondMaxima[1]);
            }

            StartOver();
            learning = false;
        }
    }

    private void StartOver()
    {
        noisePeaks.Fill(0);
        rrIntervals.Fill(Ms1000);
        searchBackInterval = Ms1500 + Ms150;
        lastQrsIndex = n - Ms80;
        candidatePeak = 0;
        secondMaximaCount = 0;
        UpdateThreshold();
    }

    private void TrackSilence(float newPeak)
    {
        secondMax = newPeak > secondMax ? newPeak : secondMax;
        if (++secondCounter < Ms1000)
        {
            return;
        }

        secondMaxima[secondMaximaCount++] = secondMax;
        secondCounter = 0;
        secondMax = 0;
        if (secondMaximaCount == secondMaxima.Length)
        {
            for (int i = 0; i < secondMaxima.Length; i++)
            {
                qrsPeaks.Push(secondMaxima[i]);
            }

            StartOver();
        }
    }

    private bool Classify(float newPeak, long index)
    {
        float maxSlope = 0, minSlope = 0;
        long maxAt = 0, minAt = 0;
        for (long i = index - SlopeBefore; i <= index - SlopeAfter; i++)
        {
            float d = input[(int)(i & RingMask)] - input[(int)((i - Ms10) & RingMask)];
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
        long gap = maxAt > minAt ? maxAt - minAt : minAt - maxAt;
        if (!(maxSlope > minSlope * 0.125f && minSlope > maxSlope * 0.125f && gap < Ms150))
        {
            return false;
        }

        long sinceLast = index - lastQrsIndex;
        long fiducial = LocateFiducial(index);
        bool tWave = sinceLast < Ms360 && maxSlope < lastMaxSlope * 0.5f;
        bool tooClose = lastFiducial >= 0 && fiducial - lastFiducial < Ms195;
        if (!tWave && !tooClose && newPeak > threshold)
        {
            Accept(newPeak, index, fiducial, maxSlope);
            return true;
        }

        noisePeaks.Push(newPeak);
        UpdateThreshold();
        if (!tWave && !tooClose && newPeak > candidatePeak && sinceLast >= Ms360)
        {
            candidatePeak = newPeak;
            candidateIndex = index;
            candidateFiducial = fiducial;
            candidateSlope = maxSlope;
        }

        return false;
    }

    private long LocateFiducial(long energyIndex)
    {
        long centre = energyIndex - EnergyDelay;
        long best = centre;
        float bestMagnitude = -1;
        for (long i = centre - FiducialBefore; i <= centre + FiducialAfter; i++)
        {
            float v = bandpass[(int)(i & RingMask)];
            v = v < 0 ? -v : v;
            if (v > bestMagnitude)
            {
                bestMagnitude = v;
                best = i;
            }
        }

        return best < 0 ? 0 : best;
    }

    private void Accept(float peak, long index, long fiducial, float maxSlope)
    {
        qrsPeaks.Push(peak);
        rrIntervals.Push(index - lastQrsIndex);
        float rrMean = rrIntervals.Mean;
        searchBackInterval = rrMean * 1.5f + Ms195;
        UpdateThreshold();
        LastBeatSample = fiducial;
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
        float q = qrsPeaks.Mean;
        float noise = noisePeaks.Mean;
        threshold = noise + ((q - noise) * 0.3125f);
    }
}
