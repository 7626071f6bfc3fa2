using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Data;

/// <summary>
/// Writes a copy of a WFDB record at another sampling rate, with its reference annotations moved to the nearest new
/// sample: a stand-in for databases recorded at other rates (128 Hz svdb, 257 Hz INCART), so a model's dependence on the
/// rate can be measured on MIT-BIH itself. Every signal is interpolated in double precision by a Kaiser-windowed sinc
/// (<see cref="HalfTaps"/> source samples each side, cutoff <see cref="CutoffFraction"/> of the lower rate, 80 dB
/// window) at the instants m / new rate; values keep the record's ADC units, gain and baseline, in format 16.
/// </summary>
/// <remarks>
/// This is a data-preparation tool, independent of <see cref="ChainInput"/>'s Q15 resampler, which brings such a record
/// back to the device chain's 250 Hz.
/// </remarks>
public static class RecordResampler
{
    /// <summary>Source samples on each side of an output instant.</summary>
    public const int HalfTaps = 32;

    /// <summary>Cutoff (−6 dB) as a fraction of the lower of the two rates.</summary>
    public const double CutoffFraction = 0.4;

    /// <summary>Resamples one record.</summary>
    /// <param name="recordPath">Source record path without extension (with a <c>.atr</c> when it has reference annotations).</param>
    /// <param name="rateHz">New sampling rate, Hz.</param>
    /// <param name="outputFolder">Folder to write the copy into (created); the copy keeps the record's name.</param>
    /// <returns>The copy's header as written.</returns>
    /// <exception cref="FileNotFoundException">The record's header or signal file is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not from <see cref="ChainInput.MinimumRateHz"/> to <see cref="ChainInput.MaximumRateHz"/>.</exception>
    /// <exception cref="ArgumentException">The copy would overwrite its source.</exception>
    public static WfdbHeader Write(string recordPath, double rateHz, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(recordPath);
        ArgumentNullException.ThrowIfNull(outputFolder);
        if (!(rateHz >= ChainInput.MinimumRateHz && rateHz <= ChainInput.MaximumRateHz))
            throw new ArgumentOutOfRangeException(nameof(rateHz), rateHz, $"the new rate must lie from {ChainInput.MinimumRateHz} to {ChainInput.MaximumRateHz} Hz");
        if (!File.Exists(recordPath + ".hea"))
            throw new FileNotFoundException($"record {Path.GetFileName(recordPath)}: header {recordPath}.hea not found", recordPath + ".hea");
        string name = Path.GetFileName(recordPath);
        string target = Path.Combine(outputFolder, name);
        if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(recordPath), StringComparison.Ordinal))
            throw new ArgumentException($"the copy of {name} would overwrite its source; write it into another folder", nameof(outputFolder));
        WfdbRecord source = WfdbRecord.Read(recordPath);
        double from = source.Header.SamplingFrequency;
        long frames = source.Header.SampleCount;
        int outCount = frames == 0 ? 0 : (int)Math.Floor((frames - 1) * rateHz / from) + 1;
        var signals = new List<int[]>();
        var specs = new List<SignalSpec>();
        for (int s = 0; s < source.Header.SignalCount; s++)
        {
            SignalSpec old = source.Header.Signals[s];
            signals.Add(Interpolate(source.GetSignal(s), from, rateHz, outCount));
            specs.Add(new SignalSpec
            {
                FileName = name + ".dat",
                Format = 16,
                Gain = old.Gain,
                IsUncalibrated = old.IsUncalibrated,
                Units = old.Units,
                AdcResolution = 16,
                AdcZero = old.AdcZero,
                Baseline = old.Baseline,
                Description = old.Description,
            });
        }
        Directory.CreateDirectory(outputFolder);
        var header = new WfdbHeader
        {
            RecordName = name,
            SamplingFrequency = rateHz,
            Signals = specs,
            Comments = source.Header.Comments.Append(string.Create(CultureInfo.InvariantCulture,
                $"resampled from {from} Hz to {rateHz} Hz by edgeecg-model resample (windowed sinc, cutoff {CutoffFraction} x the lower rate)")).ToArray(),
        };
        WfdbHeader written = WfdbRecordWriter.Write(target, header, signals);
        string atr = AnnotationFile.PathFor(recordPath);
        if (File.Exists(atr))
        {
            long last = Math.Max(0, outCount - 1);
            AnnotationFile.Write(AnnotationFile.PathFor(target), AnnotationFile.Read(atr)
                .Select(a => new Annotation(Math.Min(last, (long)Math.Round(a.Sample * rateHz / from)), a.Code, a.SubType, a.Channel, a.Number, a.AuxRaw)));
        }
        return written;
    }

    /// <summary>Band-limited interpolation of <paramref name="x"/> (at <paramref name="fromHz"/>) at the instants m / <paramref name="toHz"/>.</summary>
    /// <param name="x">Samples.</param>
    /// <param name="fromHz">Their rate.</param>
    /// <param name="toHz">The new rate.</param>
    /// <param name="count">Number of output samples.</param>
    public static int[] Interpolate(int[] x, double fromHz, double toHz, int count)
    {
        ArgumentNullException.ThrowIfNull(x);
        double fc = CutoffFraction * Math.Min(fromHz, toHz) / fromHz; // cycles per source sample
        double beta = EdgeEcg.Dsp.Resampling.Design.KaiserWindow.Beta(80);
        double i0Beta = EdgeEcg.Dsp.Resampling.Design.KaiserWindow.BesselI0(beta);
        var y = new int[count];
        for (int m = 0; m < count; m++)
        {
            double u = m * fromHz / toHz;
            int centre = (int)Math.Floor(u);
            double sum = 0, weight = 0;
            for (int n = centre - HalfTaps + 1; n <= centre + HalfTaps; n++)
            {
                double d = u - n;
                double r = d / HalfTaps;
                if (Math.Abs(r) >= 1)
                    continue;
                double sinc = d == 0 ? 2 * fc : Math.Sin(2 * Math.PI * fc * d) / (Math.PI * d);
                double h = sinc * EdgeEcg.Dsp.Resampling.Design.KaiserWindow.BesselI0(beta * Math.Sqrt(1 - (r * r))) / i0Beta;
                sum += h * x[Math.Clamp(n, 0, x.Length - 1)];
                weight += h;
            }
            y[m] = (int)Math.Round(sum / weight); // unit gain at DC for every fractional position
        }
        return y;
    }
}
