using EdgeEcg.Dsp.Filters.Design;

namespace EdgeEcg.Dsp.Tests.Reference;

/// <summary>Double-precision Direct Form I cascade: the reference the fixed-point kernels are measured against.</summary>
internal sealed class BiquadReference
{
    private readonly BiquadSection[] _sections;
    private readonly double[] _state;

    public BiquadReference(BiquadSection[] sections)
    {
        _sections = sections;
        _state = new double[4 * sections.Length];
    }

    public double Process(double x)
    {
        double input = x;
        for (int i = 0; i < _sections.Length; i++)
        {
            BiquadSection s = _sections[i];
            int k = 4 * i;
            double y = (s.B0 * input) + (s.B1 * _state[k]) + (s.B2 * _state[k + 1]) - (s.A1 * _state[k + 2]) - (s.A2 * _state[k + 3]);
            _state[k + 1] = _state[k];
            _state[k] = input;
            _state[k + 3] = _state[k + 2];
            _state[k + 2] = y;
            input = y;
        }

        return input;
    }

    public double[] Process(short[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Process(x[i]);
        }

        return y;
    }
}
