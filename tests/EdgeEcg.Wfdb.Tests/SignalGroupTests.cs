using System;
using System.IO;
using Xunit;

namespace EdgeEcg.Wfdb.Tests;

public sealed class SignalGroupTests
{
    [Theory]
    [InlineData(311)]
    [InlineData(8)]
    public void Read_UnsupportedFormat_ThrowsNamingHeaderSignalAndFormat(int format)
    {
        using var dir = new TempDirectory();
        string rec = SyntheticRecord.Write212(dir, "fmt", 10);
        SyntheticRecord.EditHeader(rec, t => t.Replace("fmt.dat 212", $"fmt.dat {format}", StringComparison.Ordinal));

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(rec));

        Assert.Equal(Path.GetFullPath(rec + ".hea"), e.FilePath);
        Assert.Equal(WfdbPositionKind.Line, e.PositionKind);
        Assert.Equal(2, e.Position);
        Assert.Contains($"signal 0 ('MLII') has format {format}, which is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MixedFormatsInOneFile_Throws()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("mix.hea"), "mix 2 360 10\nmix.dat 212\nmix.dat 16\n");

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File("mix")));

        Assert.Equal(3, e.Position);
        Assert.Contains("signal 1 in file 'mix.dat' has format 16+0 but signal 0 in the same file has 212+0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNamedAgainAfterAnother_Throws()
    {
        string text = "r 3 360 1\nr_a.dat 16\nr_b.dat 16\nr_a.dat 16\n";
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("r.hea"), text);

        WfdbFormatException e = Assert.Throws<WfdbFormatException>(() => WfdbRecord.Read(dir.File("r")));

        Assert.Equal(4, e.Position);
        Assert.Contains("signal 2 uses file 'r_a.dat' again", e.Message, StringComparison.Ordinal);
    }
}
