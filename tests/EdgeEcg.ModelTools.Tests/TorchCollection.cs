using Xunit;

namespace EdgeEcg.ModelTools.Tests;

/// <summary>
/// Tests that use TorchSharp's global random generator (torch.manual_seed) run one at a time: in parallel they
/// would reseed each other and break reproducibility assertions.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchCollection
{
    public const string Name = "TorchSharp global state";
}
