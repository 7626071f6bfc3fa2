using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Evaluation.Noise;

/// <summary>
/// The MIT-BIH Noise Stress Test protocol as PhysioNet's <c>nst</c> (WFDB 10.x, standard protocol) applies it: noise-free
/// for the first 5 minutes, then 2 minutes with noise and 2 minutes without, alternately, to the end of the clean record.
/// During noisy segments each clean signal i gets noise signal i mod (noise signals) times a gain chosen so that
/// SNR = 10·log10(S/N) with S = (normal QRS peak-to-peak)²/8 and N = (noise RMS)², both measured as
/// <see cref="SignalAmplitude"/> does; the gain is carried with the 6 significant digits <c>nst</c> writes into its
/// protocol file. At every gain change an integer offset is recomputed so that the output has no step, and the clean
/// record's ADC zero is removed, exactly as <c>nst</c> does; the noise record is rewound when it ends. The outputs for
/// mitdb 118 + em at 0 and −6 dB equal PhysioNet's nstdb records 118e00 and 118e_6 sample for sample (tests).
/// </summary>
public static class NoiseStressRecord
{
    /// <summary>Noise-free learning period at the start, seconds.</summary>
    public const double LearningSeconds = 300;

    /// <summary>Length of each noisy and each clean segment after the learning period, seconds.</summary>
    public const double SegmentSeconds = 120;

    /// <summary>
    /// The noise gain for one clean signal: 10^(−SNR/20)·√2/4 · QRS peak-to-peak / noise RMS, rounded to 6 significant
    /// digits as <c>nst</c> prints and re-reads it.
    /// </summary>
    /// <param name="snrDb">Signal-to-noise ratio, dB.</param>
    /// <param name="qrsPeakToPeak">Normal QRS peak-to-peak amplitude of the clean signal (ADC units).</param>
    /// <param name="noiseRms">RMS amplitude of the noise signal (its ADC units).</param>
    public static double Gain(double snrDb, double qrsPeakToPeak, double noiseRms)
    {
        if (double.IsNaN(snrDb) || double.IsInfinity(snrDb))
            throw new ArgumentOutOfRangeException(nameof(snrDb), snrDb, "SNR must be a finite number of dB");
        if (!(qrsPeakToPeak > 0))
            throw new ArgumentOutOfRangeException(nameof(qrsPeakToPeak), qrsPeakToPeak, "the clean signal's QRS amplitude must be positive");
        if (!(noiseRms > 0))
            throw new ArgumentOutOfRangeException(nameof(noiseRms), noiseRms, "the noise signal's RMS amplitude must be positive (a flat noise signal cannot be scaled)");
        double nsr = Math.Pow(10.0, snrDb / -20.0) * Math.Sqrt(2.0) / 4.0;
        double gain = nsr * qrsPeakToPeak / noiseRms;
        return double.Parse(gain.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The nstdb name of a noise stress test record: the clean record's name, <c>e</c> (electrode motion; the
    /// letter of any other noise is used likewise) and the SNR as two digits, <c>_</c> for a minus sign: 118e24, 118e06,
    /// 118e00, 118e_6.
    /// </summary>
    /// <param name="cleanRecord">Clean record name.</param>
    /// <param name="noiseRecord">Noise record name (its first letter is used).</param>
    /// <param name="snrDb">SNR, a whole number of dB from −9 to 99.</param>
    public static string Name(string cleanRecord, string noiseRecord, int snrDb)
    {
        ArgumentException.ThrowIfNullOrEmpty(cleanRecord);
        ArgumentException.ThrowIfNullOrEmpty(noiseRecord);
        if (snrDb < -9 || snrDb > 99)
            throw new ArgumentOutOfRangeException(nameof(snrDb), snrDb, "nstdb record names hold an SNR from -9 to 99 dB");
        string level = snrDb < 0 ? "_" + (-snrDb).ToString(CultureInfo.InvariantCulture) : snrDb.ToString("00", CultureInfo.InvariantCulture);
        return cleanRecord + char.ToLowerInvariant(noiseRecord[0]) + level;
    }

    /// <summary>Sample numbers where the gains change: the start of each noisy and each clean segment, then the end.</summary>
    /// <param name="length">Samples in the clean record.</param>
    /// <param name="samplingFrequency">Its sampling frequency, Hz.</param>
    public static IReadOnlyList<long> GainChanges(long length, double samplingFrequency)
    {
        long t0 = (long)(LearningSeconds * samplingFrequency + 0.5);
        long dt = (long)(SegmentSeconds * samplingFrequency + 0.5);
        var times = new List<long>();
        for (long t = t0; t < length; t += dt)
            times.Add(t);
        times.Add(length);
        return times;
    }

    /// <summary>Makes the noisy signals.</summary>
    /// <param name="clean">Clean signals (ADC units, ADC zero included as stored).</param>
    /// <param name="cleanAdcZero">ADC zero of each clean signal (removed from the output, as <c>nst</c> does).</param>
    /// <param name="noise">Noise signals (ADC units); clean signal i takes noise signal i mod their count.</param>
    /// <param name="gains">Gain of each clean signal during noisy segments (see <see cref="Gain"/>).</param>
    /// <param name="samplingFrequency">Sampling frequency of both records, Hz.</param>
    /// <returns>One array per clean signal, as long as the clean signals.</returns>
    public static int[][] Mix(IReadOnlyList<int[]> clean, IReadOnlyList<int> cleanAdcZero, IReadOnlyList<int[]> noise, IReadOnlyList<double> gains,
        double samplingFrequency)
    {
        ArgumentNullException.ThrowIfNull(clean);
        ArgumentNullException.ThrowIfNull(cleanAdcZero);
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentNullException.ThrowIfNull(gains);
        int ns = clean.Count, nn = noise.Count;
        if (ns == 0 || nn == 0)
            throw new ArgumentException("need at least one clean and one noise signal");
        if (cleanAdcZero.Count != ns || gains.Count != ns)
            throw new ArgumentException($"{ns} clean signals need {ns} ADC zeros and {ns} gains, got {cleanAdcZero.Count} and {gains.Count}");
        long length = clean[0].Length;
        for (int i = 1; i < ns; i++)
            if (clean[i].Length != length)
                throw new ArgumentException($"clean signal {i} has {clean[i].Length} samples, signal 0 has {length}", nameof(clean));
        long noiseLength = noise[0].Length;
        for (int i = 0; i < nn; i++)
            if (noise[i].Length != noiseLength || noiseLength == 0)
                throw new ArgumentException($"noise signal {i} has {noise[i].Length} samples, signal 0 has {noiseLength}; noise signals must be equally long and not empty", nameof(noise));

        var output = new int[ns][];
        for (int i = 0; i < ns; i++)
            output[i] = new int[length];
        var vin = new int[ns];      // current clean samples (ADC zero removed)
        var vnoise = new int[nn];   // current noise samples
        var vout = new int[ns];
        var z = new int[ns];        // offsets cancelling steps at gain changes
        var gn = new double[ns];    // current gains
        bool noisy = false;
        long t = 0, noisePosition = 0, noiseLeft = noiseLength;
        foreach (long change in GainChanges(length, samplingFrequency))
        {
            for (; t < change; t++)
            {
                bool rewind = --noiseLeft <= 0;
                if (rewind)
                {
                    noiseLeft = noiseLength;
                    noisePosition = 0;
                }
                for (int k = 0; k < nn; k++)
                    vnoise[k] = noise[k][noisePosition];
                noisePosition++;
                for (int i = 0; i < ns; i++)
                {
                    vin[i] = clean[i][t];
                    if (rewind && t > 0) // nst re-reads after rewinding and re-levels before removing the ADC zero
                        z[i] = (int)(vin[i] + gn[i] * vnoise[i % nn] - vout[i]);
                    vin[i] -= cleanAdcZero[i];
                    vout[i] = (int)(vin[i] + gn[i] * vnoise[i % nn] - z[i]);
                    output[i][t] = vout[i];
                }
            }
            if (change >= length)
                break;
            noisy = !noisy;
            for (int i = 0; i < ns; i++)
            {
                gn[i] = noisy ? gains[i] : 0.0;
                z[i] = (int)(vin[i] + gn[i] * vnoise[i % nn] - vout[i]);
            }
        }
        return output;
    }

    /// <summary>
    /// Writes a noise stress test record as <c>nst -i clean noise -s SNR -o output</c> does: signals in format 16 with ADC
    /// zero 0 (gain, baseline, resolution and description of the clean record), the comment
    /// <c>Created by `nst' from records CLEAN and NOISE (SNR = x dB)</c>, and the clean record's reference annotations.
    /// </summary>
    /// <param name="cleanRecordPath">Clean record (path without extension); needs its <c>.atr</c> annotations.</param>
    /// <param name="noiseRecordPath">Noise record (path without extension), same sampling frequency.</param>
    /// <param name="snrDb">Signal-to-noise ratio of the noisy segments, dB.</param>
    /// <param name="outputRecordPath">Record to create (path without extension); existing files are replaced.</param>
    /// <returns>The gain applied to each signal during noisy segments.</returns>
    /// <exception cref="FileNotFoundException">A record file or the clean record's annotations are missing.</exception>
    /// <exception cref="NotSupportedException">The two records differ in sampling frequency.</exception>
    public static double[] Create(string cleanRecordPath, string noiseRecordPath, double snrDb, string outputRecordPath)
    {
        ArgumentNullException.ThrowIfNull(cleanRecordPath);
        ArgumentNullException.ThrowIfNull(noiseRecordPath);
        ArgumentNullException.ThrowIfNull(outputRecordPath);
        int[][] mixed = MixRecords(cleanRecordPath, noiseRecordPath, snrDb, out WfdbHeader cleanHeader, out string noiseName, out double[] gains);
        double fs = cleanHeader.SamplingFrequency;

        string name = Path.GetFileName(outputRecordPath);
        string dir = Path.GetDirectoryName(Path.GetFullPath(outputRecordPath)) ?? ".";
        Directory.CreateDirectory(dir);
        var header = new WfdbHeader
        {
            RecordName = name,
            SamplingFrequency = fs,
            Signals = cleanHeader.Signals.Select(s => new SignalSpec
            {
                FileName = name + ".dat",
                Format = 16,
                Gain = s.Gain,
                IsUncalibrated = s.IsUncalibrated,
                Units = s.Units,
                Baseline = s.Baseline,
                AdcResolution = s.AdcResolution,
                AdcZero = 0,
                Description = s.Description,
            }).ToArray(),
            Comments = new[] { string.Create(CultureInfo.InvariantCulture,
                $"Created by `nst' from records {cleanHeader.RecordName} and {noiseName} (SNR = {snrDb:G6} dB)") },
        };
        WfdbRecordWriter.Write(outputRecordPath, header, mixed);
        File.Copy(cleanRecordPath + ".atr", outputRecordPath + ".atr", overwrite: true);
        return gains;
    }

    /// <summary>
    /// Reads a clean record and a noise record and returns the clean record's signals with noise added as
    /// <see cref="Create"/> writes them (ADC units, ADC zero removed).
    /// </summary>
    /// <param name="cleanRecordPath">Clean record (path without extension); needs its <c>.atr</c> annotations.</param>
    /// <param name="noiseRecordPath">Noise record (path without extension), same sampling frequency.</param>
    /// <param name="snrDb">Signal-to-noise ratio of the noisy segments, dB.</param>
    /// <param name="cleanHeader">The clean record's header.</param>
    /// <param name="noiseName">The noise record's name.</param>
    /// <param name="gains">The gain applied to each signal during noisy segments.</param>
    /// <exception cref="FileNotFoundException">A record file or the clean record's annotations are missing.</exception>
    /// <exception cref="NotSupportedException">The two records differ in sampling frequency.</exception>
    public static int[][] MixRecords(string cleanRecordPath, string noiseRecordPath, double snrDb, out WfdbHeader cleanHeader, out string noiseName,
        out double[] gains)
    {
        ArgumentNullException.ThrowIfNull(cleanRecordPath);
        ArgumentNullException.ThrowIfNull(noiseRecordPath);
        string atr = cleanRecordPath + ".atr";
        if (!File.Exists(atr))
            throw new FileNotFoundException($"record {Path.GetFileName(cleanRecordPath)}: reference annotations {atr} not found (the QRS amplitude is measured at them)", atr);
        WfdbRecord clean = WfdbRecord.Read(cleanRecordPath);
        WfdbRecord noise = WfdbRecord.Read(noiseRecordPath);
        double fs = clean.Header.SamplingFrequency;
        if (Math.Abs(noise.Header.SamplingFrequency - fs) > 1e-9)
            throw new NotSupportedException($"noise record {noise.Header.RecordName} is sampled at {noise.Header.SamplingFrequency} Hz, clean record {clean.Header.RecordName} at {fs} Hz; resample the noise first");
        IReadOnlyList<Annotation> annotations = AnnotationFile.Read(atr);
        int ns = clean.Header.SignalCount, nn = noise.Header.SignalCount;
        var cleanSignals = Enumerable.Range(0, ns).Select(clean.GetSignal).ToArray();
        var noiseSignals = Enumerable.Range(0, nn).Select(noise.GetSignal).ToArray();
        var noiseRms = noiseSignals.Select(x => SignalAmplitude.Rms(x, fs)).ToArray();
        gains = new double[ns];
        for (int i = 0; i < ns; i++)
            gains[i] = Gain(snrDb, SignalAmplitude.NormalQrsPeakToPeak(cleanSignals[i], annotations, fs), noiseRms[i % nn]);
        cleanHeader = clean.Header;
        noiseName = noise.Header.RecordName;
        return Mix(cleanSignals, clean.Header.Signals.Select(s => s.AdcZero).ToArray(), noiseSignals, gains, fs);
    }
}
