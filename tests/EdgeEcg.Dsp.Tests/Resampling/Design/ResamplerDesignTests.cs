using EdgeEcg.Dsp.Resampling.Design;
using EdgeEcg.Dsp.Tests.Reference;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Resampling.Design;

public class ResamplerDesignTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(40.0)]
    [InlineData(80.0)]
    public void Prototypes_PassUpTo80HzWithin0Point01Db(double f)
    {
        Assert.InRange(Tone.Db(WindowedSinc.Magnitude(ResamplerDesign.Prototype360To250(), f, 9000) / 25), -0.01, 0.01);
        Assert.InRange(Tone.Db(WindowedSinc.Magnitude(ResamplerDesign.Halfband500To250(), f, 500)), -0.01, 0.01);
    }

    [Theory]
    [InlineData(170.0)]
    [InlineData(210.0)]
    [InlineData(250.0)]
    public void Prototypes_StopFrom170HzBy80Db(double f)
    {
        Assert.True(Tone.Db(WindowedSinc.Magnitude(ResamplerDesign.Prototype360To250(), f, 9000) / 25) <= -80);
        Assert.True(Tone.Db(WindowedSinc.Magnitude(ResamplerDesign.Halfband500To250(), f, 500)) <= -80);
    }

    [Fact]
    public void HalfLength_IsAWholeNumberOfOutputSamples()
    {
        Assert.Equal(0, (ResamplerDesign.Length360To250 - 1) / 2 % ResamplerDesign.DownFactor360To250);
        Assert.Equal(3, ResamplerDesign.LengthHalfband % 4);
    }
}
