using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace EdgeEcg.Device.SelfTest;

/// <summary>All checks of one self-test run, as text for the technician and JSON for records.</summary>
/// <param name="Target">What was tested (e.g. "simulated ADS1292R (fault: none)" or "SPI 0.0, DRDY GPIO 25").</param>
/// <param name="Checks">The checks in the order run.</param>
public sealed record SelfTestReport(string Target, IReadOnlyList<SelfTestCheck> Checks)
{
    /// <summary>True when every check passed (and there was at least one).</summary>
    public bool Passed => Checks.Count > 0 && Checks.All(c => c.Passed);

    /// <summary>The first failure, or null.</summary>
    public SelfTestCheck? FirstFailure => Checks.FirstOrDefault(c => !c.Passed);

    /// <summary>A readable report, one line per check and a verdict.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"EdgeEcg front-end self-test: {Target}");
        foreach (SelfTestCheck c in Checks)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  [{(c.Passed ? "PASS" : "FAIL")}] {c.Name,-16} measured {c.Measured}; limit {c.Limit}; {c.Message}");
        }

        sb.AppendLine(FirstFailure is { } f ? $"RESULT: FAIL - {f.Name}: {f.Message}" : "RESULT: PASS");
        return sb.ToString();
    }

    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new { target = Target, passed = Passed, checks = Checks.Select(c => new { name = c.Name, passed = c.Passed, measured = c.Measured, limit = c.Limit, message = c.Message }) },
        new JsonSerializerOptions { WriteIndented = true });
}
