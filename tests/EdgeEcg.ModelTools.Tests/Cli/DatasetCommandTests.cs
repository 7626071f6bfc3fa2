using System;
using System.IO;
using EdgeEcg.ModelTools.Cli;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Tests.Data;
using EdgeEcg.TestSupport;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Cli;

public sealed class DatasetCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edgeecg-dataset-cli-").FullName;

    [EcgDataFact]
    public void RepeatedData_TakesRecordsFromEachFolder_ByTheFoldersName()
    {
        string mitdb = BeatDatasetBuilderTests.LinkRecords(root, "mitdb", "101");
        string other = BeatDatasetBuilderTests.LinkRecords(root, "otherdb", "119", "100");
        string output = Path.Combine(root, "d.bin");
        (int code, string error) = CommandRun.Invoke(DatasetCommand.Create(),
            "dataset", "--data", mitdb, "--data", other, "--split", "otherdb,101", "--out", output);
        Assert.True(code == 0, error);
        BeatDataset d = BeatDatasetFile.Read(output, DspSettings.Default);
        Assert.Equal(new[] { "100", "119", "101" }, d.Records);
    }

    [EcgDataFact]
    public void ARecordInTwoFolders_IsRefusedBeforeAnythingIsBuilt()
    {
        string a = BeatDatasetBuilderTests.LinkRecords(root, "a", "101");
        string b = BeatDatasetBuilderTests.LinkRecords(root, "b", "101");
        string output = Path.Combine(root, "d.bin");
        (int code, string error) = CommandRun.Invoke(DatasetCommand.Create(), "dataset", "--data", a, "--data", b, "--split", "all", "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("record 101 is in two data folders", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
