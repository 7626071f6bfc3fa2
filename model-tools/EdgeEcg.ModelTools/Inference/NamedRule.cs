using System;

namespace EdgeEcg.ModelTools.Inference;

/// <summary>How a model's metadata names a fixed rule (<see cref="SvebAfGate"/>, <see cref="SvebRunVeto"/>, <see cref="SvebAtrialGate"/>).</summary>
internal static class NamedRule
{
    /// <summary>Checks that the metadata names the version of the rule this build has.</summary>
    /// <param name="text">The metadata value.</param>
    /// <param name="name">The rule's name and version in this build.</param>
    /// <param name="rule">What the rule is, for the error (e.g. "run veto").</param>
    /// <returns>True (the rule is on).</returns>
    /// <exception cref="ArgumentException">Any other text (the message names it and the version this build has).</exception>
    public static bool Parse(string text, string name, string rule)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.Equals(text, name, StringComparison.Ordinal))
            throw new ArgumentException($"{rule} '{text}' is not the one this build has ({name})");
        return true;
    }
}
