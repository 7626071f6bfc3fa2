using EdgeEcg.Wfdb.Formats;
using Xunit;

namespace EdgeEcg.Wfdb.Tests.Formats;

public sealed class SampleCodecsTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(61)]
    [InlineData(80)]
    [InlineData(212)]
    public void TryGet_SupportedFormat_ReturnsItsCodec(int format)
    {
        Assert.Equal(format, SampleCodecs.TryGet(format)?.Format);
        Assert.Contains(format, SampleCodecs.Supported);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(310)]
    [InlineData(311)]
    public void TryGet_UnsupportedFormat_ReturnsNull(int format)
    {
        Assert.Null(SampleCodecs.TryGet(format));
    }
}
