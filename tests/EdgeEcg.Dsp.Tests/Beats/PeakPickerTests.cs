using EdgeEcg.Dsp.Beats;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Beats;

public class PeakPickerTests
{
    [Fact]
    public void ReportsTheMaximumWhenTheSignalFallsBelowHalf()
    {
        PeakPicker picker = new();
        int[] signal = { 0, 10, 40, 100, 80, 60, 49, 30 };
        int reportedAt = -1;
        int peak = 0;
        for (int i = 0; i < signal.Length; i++)
        {
            int p = picker.Process(signal[i], i);
            if (p != 0)
            {
                peak = p;
                reportedAt = i;
                break;
            }
        }

        Assert.Equal(100, peak);
        Assert.Equal(6, reportedAt);
        Assert.Equal(3, picker.PeakIndex);
    }

    [Fact]
    public void ReportsAPlateauAfter95Milliseconds()
    {
        PeakPicker picker = new();
        int reportedAt = -1;
        for (int i = 0; i < 100; i++)
        {
            if (picker.Process(i == 0 ? 0 : 70, i) != 0)
            {
                reportedAt = i;
                break;
            }
        }

        Assert.Equal(1 + Hamilton2002Timing.Ms95, reportedAt);
        Assert.Equal(1, picker.PeakIndex);
    }

    [Fact]
    public void ZeroSignalReportsNothing()
    {
        PeakPicker picker = new();
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(0, picker.Process(0, i));
        }
    }
}
