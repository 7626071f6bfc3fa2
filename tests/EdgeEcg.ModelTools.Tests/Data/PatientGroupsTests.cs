using System;
using System.IO;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public sealed class PatientGroupsTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "edgeecg-patients-" + Guid.NewGuid().ToString("N") + ".tsv");

    [Fact]
    public void AFile_NamesPatients_AndEveryOtherRecordIsItsOwn()
    {
        File.WriteAllText(file, "# INCART-like: two records of one patient\nI01\tP1\n\nI02 P1\nI03,P2\n");
        PatientGroups g = PatientGroups.Read(file);
        Assert.Equal(3, g.RecordCount);
        Assert.Equal("P1", g.PatientOf("I02"));
        Assert.Equal("101", g.PatientOf("101"));
        Assert.Equal(new[] { "P2", "P1", "101" }, g.Patients(new[] { "I03", "I01", "101", "I02" }));
    }

    [Theory]
    [InlineData("I01 P1\nI02\n", "line 2: expected 'record patient', got 'I02'")]
    [InlineData("I01 P1\nI01 P2\n", "line 2: record I01 is given patient P2 after patient P1")]
    public void ABadLine_IsNamedWithItsNumber(string text, string message)
    {
        File.WriteAllText(file, text);
        var e = Assert.Throws<InvalidDataException>(() => PatientGroups.Read(file));
        Assert.Equal($"{file} {message}", e.Message);
    }

    [Fact]
    public void AMissingFile_IsNamed() =>
        Assert.Contains(file, Assert.Throws<FileNotFoundException>(() => PatientGroups.Read(file)).Message, StringComparison.Ordinal);

    public void Dispose()
    {
        if (File.Exists(file))
            File.Delete(file);
    }
}
