using Xunit;

namespace EdgeEcg.TestSupport;

/// <summary>A fact that needs the ECG data: skipped without it on a developer machine, failing without it in CI.</summary>
public sealed class EcgDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and sets <see cref="FactAttribute.Skip"/> when the data is absent outside CI.</summary>
    public EcgDataFactAttribute()
    {
        Skip = TestData.SkipReason!;
    }
}
