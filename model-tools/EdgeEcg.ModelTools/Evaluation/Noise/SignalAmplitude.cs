using System;
using System.Collections.Generic;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Noise;

/// <summary>
/// The two amplitude measurements PhysioNet's <c>nst</c> calibrates noise with, as its helper <c>sigamp</c> makes them
/// (WFDB 10.x <c>sigamp.c</c>): the peak-to-peak amplitude of normal QRS complexes (within ±50 ms of each of the first
/// <see cref="MaxMeasurements"/> annotations that WFDB's <c>map1</c> calls NORMAL) and the RMS amplitude of a noise
/// signal (in each of the first <see cref="MaxMeasurements"/> consecutive 1-second windows, about that window's mean,
/// deviations truncated to integers as <c>sigamp</c> does). Each is reported as the mean of its measurements with the
/// lowest and highest 5 % left out. Amplitudes are in ADC units of the signal.
/// </summary>
public static class SignalAmplitude
{
    /// <summary>Measurements per signal (<c>sigamp</c>'s NMAX).</summary>
    public const int MaxMeasurements = 300;

    /// <summary>Half-width of the QRS measurement window, seconds (<c>sigamp</c>'s default DT1 = DT2 = 0.05).</summary>
    public const double QrsHalfWindowSeconds = 0.05;

    /// <summary>Trimmed mean of the peak-to-peak amplitudes around normal beats.</summary>
    /// <param name="signal">Samples (ADC units).</param>
    /// <param name="annotations">Reference annotations of the record, in time order.</param>
    /// <param name="samplingFrequency">Sampling frequency of <paramref name="signal"/>, Hz.</param>
    /// <exception cref="ArgumentException">No normal beat has a whole window inside the signal.</exception>
    public static double NormalQrsPeakToPeak(int[] signal, IEnumerable<Annotation> annotations, double samplingFrequency)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(annotations);
        long half = Samples(QrsHalfWindowSeconds, samplingFrequency);
        var amplitudes = new List<double>();
        foreach (Annotation a in annotations)
        {
            if (amplitudes.Count == MaxMeasurements)
                break;
            if (!IsNormalForCalibration(a.Code))
                continue;
            long from = a.Sample - half, to = a.Sample + half;
            if (from < 0 || to >= signal.Length)
                break; // sigamp stops at the first window it cannot read
            int min = signal[from], max = signal[from];
            for (long i = from + 1; i <= to; i++)
            {
                min = Math.Min(min, signal[i]);
                max = Math.Max(max, signal[i]);
            }
            amplitudes.Add(max - min);
        }
        if (amplitudes.Count == 0)
            throw new ArgumentException("no normal beat annotation with a whole ±50 ms window in the signal: the QRS amplitude cannot be measured", nameof(annotations));
        return TrimmedMean(amplitudes);
    }

    /// <summary>Trimmed mean of the RMS amplitudes of consecutive 1-second windows, each about its own mean.</summary>
    /// <param name="signal">Samples (ADC units).</param>
    /// <param name="samplingFrequency">Sampling frequency of <paramref name="signal"/>, Hz.</param>
    /// <exception cref="ArgumentException">The signal is shorter than one second.</exception>
    public static double Rms(int[] signal, double samplingFrequency)
    {
        ArgumentNullException.ThrowIfNull(signal);
        long window = Samples(1.0, samplingFrequency);
        var amplitudes = new List<double>();
        for (long start = 0; amplitudes.Count < MaxMeasurements && start + window <= signal.Length; start += window)
        {
            double mean = 0;
            for (long i = start; i < start + window; i++)
                mean += signal[i];
            mean /= window;
            double sum = 0;
            for (long i = start; i < start + window; i++)
            {
                int v = (int)(signal[i] - mean); // C's double-to-int conversion truncates toward zero
                sum += (double)v * v;
            }
            amplitudes.Add(Math.Sqrt(sum / window));
        }
        if (amplitudes.Count == 0)
            throw new ArgumentException($"the signal has {signal.Length} samples, less than one second: its RMS amplitude cannot be measured", nameof(signal));
        return TrimmedMean(amplitudes);
    }

    /// <summary>
    /// Whether WFDB's <c>map1</c> maps the code to NORMAL (ecgmap.h): N, L, R, a, J, A, S, j, / (paced), Q (unclassifiable),
    /// B (bundle branch block), e, n and f — MIT codes 1, 2, 3, 4, 7, 8, 9, 11, 12, 13, 25, 34, 35 and 38.
    /// </summary>
    /// <param name="code">Annotation code.</param>
    public static bool IsNormalForCalibration(AnnotationCode code) => (int)code switch
    {
        1 or 2 or 3 or 4 or 7 or 8 or 9 or 11 or 12 or 13 or 25 or 34 or 35 or 38 => true,
        _ => false,
    };

    /// <summary>WFDB's <c>strtim</c> for a number of seconds: the nearest sample count.</summary>
    private static long Samples(double seconds, double samplingFrequency)
    {
        if (!(samplingFrequency > 0))
            throw new ArgumentOutOfRangeException(nameof(samplingFrequency), samplingFrequency, "sampling frequency must be positive");
        return (long)(seconds * samplingFrequency + 0.5);
    }

    /// <summary>Mean with namp/20 values dropped at each end of the sorted list (sigamp's trimmed mean).</summary>
    private static double TrimmedMean(List<double> values)
    {
        values.Sort();
        int low = values.Count / 20, high = values.Count - low;
        double sum = 0;
        for (int j = low; j < high; j++)
            sum += values[j];
        return sum / (high - low);
    }
}
