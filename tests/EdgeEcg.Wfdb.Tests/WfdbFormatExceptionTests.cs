using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class WfdbFormatExceptionTests
{
    [Theory]
    [InlineData(WfdbPositionKind.Line, 3, "r.hea, line 3: bad", 3)]
    [InlineData(WfdbPositionKind.ByteOffset, 1234, "r.dat, byte offset 1234: bad", 1234)]
    [InlineData(WfdbPositionKind.None, 99, "r.dat: bad", -1)]
    public void Message_NamesFileAndPosition(WfdbPositionKind kind, long position, string message, long reported)
    {
        string file = kind == WfdbPositionKind.Line ? "r.hea" : "r.dat";

        var e = new WfdbFormatException(file, position, kind, "bad");

        Assert.Equal(message, e.Message);
        Assert.Equal(reported, e.Position);
        Assert.Equal("bad", e.Detail);
        Assert.Equal(file, e.FilePath);
    }
}
