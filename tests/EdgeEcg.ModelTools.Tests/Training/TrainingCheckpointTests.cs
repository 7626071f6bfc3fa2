using System;
using System.IO;
using System.Text.Json;
using EdgeEcg.ModelTools.Tests.Models;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

public class TrainingCheckpointTests
{
    [Fact]
    public void Describe_LeavesAnOptionThatIsOffOut_SoTheShippedBundleStillDescribesItsOptions()
    {
        // The shipped bundle's first member trains without --apc-augmentation (bundles before 0.10.0 were made before
        // it existed); its recorded options must still be what the same options describe today (the recipe's
        // reproduction compares them).
        string bundle = Path.Combine(ShippedModelTests.BundleDirectory(), "metadata.json");
        using JsonDocument metadata = JsonDocument.Parse(File.ReadAllText(bundle));
        string recorded = metadata.RootElement.GetProperty("trainingOptions").GetString()!;
        TrainingOptions shipped = JsonSerializer.Deserialize<TrainingOptions>(recorded)!;
        Assert.Equal(0.0, shipped.ApcAugmentation);
        Assert.Equal(recorded, TrainingCheckpoint.Describe(shipped));

        string on = TrainingCheckpoint.Describe(shipped with { ApcAugmentation = 0.3 });
        Assert.Contains("\"ApcAugmentation\":0.3", on, StringComparison.Ordinal);
        Assert.NotEqual(recorded, on);
    }
}
