using EdgeEcg.Dsp.Beats;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Beats;

public class RecentAverageTests
{
    [Fact]
    public void MeanCoversTheLastEightValues()
    {
        RecentAverage average = new(100);
        Assert.Equal(100, average.Mean);
        for (int i = 1; i <= 10; i++)
        {
            average.Push(i * 8);
        }

        // last eight: 24, 32, ..., 80 -> mean 52
        Assert.Equal(52, average.Mean);
    }

    [Fact]
    public void LargeValuesDoNotOverflow()
    {
        RecentAverage average = new(int.MaxValue);
        average.Push(int.MaxValue);
        Assert.Equal(int.MaxValue, average.Mean);
    }
}
