using System;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public sealed class BeatDatasetBuilderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-builder-").FullName;

    /// <summary>A folder holding links to some MIT-BIH records' files, as another database beside mitdb would.</summary>
    internal static string LinkRecords(string root, string name, params string[] records)
    {
        string folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        foreach (string r in records)
            foreach (string ext in new[] { ".hea", ".dat", ".atr" })
                File.CreateSymbolicLink(Path.Combine(folder, r + ext), Path.Combine(TestData.Mitdb, r + ext));
        return folder;
    }

    [EcgDataFact]
    public void RecordsFromTwoFolders_GiveTheSameDatasetAsFromOne()
    {
        string a = LinkRecords(root, "a", "101");
        string b = LinkRecords(root, "b", "119");
        string[] records = { "119", "101" };
        BeatDataset fromOne = BeatDatasetBuilder.Build(TestData.Mitdb, records, DspSettings.Default);
        BeatDataset fromTwo = BeatDatasetBuilder.Build(RecordFolders.Open(new[] { a, b }), records, DspSettings.Default);
        Assert.Equal(records, fromTwo.Records);
        Assert.True(fromOne.Count > 3000, $"{fromOne.Count} beats");
        Assert.Equal(fromOne.Labels, fromTwo.Labels);
        Assert.Equal(fromOne.Samples, fromTwo.Samples);
        Assert.Equal(fromOne.RecordIndex, fromTwo.RecordIndex);
        Assert.Equal(fromOne.Images, fromTwo.Images);
        Assert.Equal(fromOne.RrFeatures, fromTwo.RrFeatures);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
