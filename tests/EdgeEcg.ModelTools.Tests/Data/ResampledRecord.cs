using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;

namespace EdgeEcg.ModelTools.Tests.Data;

/// <summary>
/// Copies of MIT-BIH records at another sampling rate, as WFDB files in a temporary folder, to stand in for databases
/// recorded at other rates (128 Hz svdb, 257 Hz INCART). The samples are interpolated in double precision by a
/// Kaiser-windowed sinc written here (independent of the code under test, which designs Q15 polyphase filters), and the
/// annotations move to the nearest new sample.
/// </summary>
internal static class ResampledRecord
{
    private const double SourceRate = 360;
    private const int HalfTaps = 32;

    /// <summary>Writes <paramref name="record"/> at <paramref name="rateHz"/> into <paramref name="folder"/>.</summary>
    /// <param name="record">MIT-BIH record name.</param>
    /// <param name="rateHz">New rate.</param>
    /// <param name="folder">Destination folder.</param>
    /// <param name="descriptions">New signal descriptions, one per signal, or null to keep MIT-BIH's.</param>
    /// <returns>The copy's record path.</returns>
    public static string Write(string record, int rateHz, string folder, IReadOnlyList<string>? descriptions = null)
    {
        WfdbRecord source = WfdbRecord.Read(TestData.MitdbRecord(record));
        Directory.CreateDirectory(folder);
        int outCount = (int)Math.Floor((source.Header.SampleCount - 1) * rateHz / SourceRate) + 1;
        var signals = new List<int[]>();
        var specs = new List<SignalSpec>();
        for (int s = 0; s < source.Header.SignalCount; s++)
        {
            signals.Add(Interpolate(source.GetSignal(s), rateHz, outCount));
            SignalSpec old = source.Header.Signals[s];
            specs.Add(new SignalSpec
            {
                FileName = record + ".dat",
                Format = 16,
                Gain = old.Gain,
                Units = old.Units,
                AdcResolution = 16,
                AdcZero = old.AdcZero,
                Baseline = old.Baseline,
                Description = descriptions?[s] ?? old.Description,
            });
        }
        var header = new WfdbHeader { RecordName = record, SamplingFrequency = rateHz, Signals = specs };
        string path = Path.Combine(folder, record);
        WfdbRecordWriter.Write(path, header, signals);
        var moved = AnnotationFile.Read(AnnotationFile.PathFor(TestData.MitdbRecord(record)))
            .Select(a => new Annotation(Math.Min(outCount - 1, (long)Math.Round(a.Sample * rateHz / SourceRate)), a.Code, a.SubType, a.Channel, a.Number, a.Aux))
            .ToList();
        AnnotationFile.Write(AnnotationFile.PathFor(path), moved);
        return path;
    }

    /// <summary>Band-limited interpolation of 360 Hz samples at the instants m / rate (cutoff 0.4 × the lower rate).</summary>
    private static int[] Interpolate(int[] x, int rateHz, int outCount)
    {
        double fc = 0.4 * Math.Min(rateHz, SourceRate) / SourceRate; // cycles per source sample
        double beta = 0.1102 * (80 - 8.7);
        double i0Beta = BesselI0(beta);
        var y = new int[outCount];
        for (int m = 0; m < outCount; m++)
        {
            double u = m * SourceRate / rateHz;
            int centre = (int)Math.Floor(u);
            double sum = 0, weight = 0;
            for (int n = centre - HalfTaps + 1; n <= centre + HalfTaps; n++)
            {
                double d = u - n;
                double r = d / HalfTaps;
                if (Math.Abs(r) >= 1)
                    continue;
                double sinc = d == 0 ? 2 * fc : Math.Sin(2 * Math.PI * fc * d) / (Math.PI * d);
                double h = sinc * BesselI0(beta * Math.Sqrt(1 - r * r)) / i0Beta;
                int k = Math.Clamp(n, 0, x.Length - 1);
                sum += h * x[k];
                weight += h;
            }
            y[m] = (int)Math.Round(sum / weight); // unit DC gain at every fractional position
        }
        return y;
    }

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50; k++)
        {
            term *= q / (k * k);
            sum += term;
            if (term < 1e-12 * sum)
                break;
        }
        return sum;
    }
}
