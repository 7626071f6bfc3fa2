namespace EdgeEcg.Device.SelfTest;

/// <summary>The result of one self-test check.</summary>
/// <param name="Name">Short name of the check (e.g. "chip ID").</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Measured">What was measured, with units.</param>
/// <param name="Limit">The pass criterion, with units.</param>
/// <param name="Message">Why it failed (names the fault), or a short confirmation.</param>
public sealed record SelfTestCheck(string Name, bool Passed, string Measured, string Limit, string Message);
