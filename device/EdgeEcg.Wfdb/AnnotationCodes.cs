using System;

namespace EdgeEcg.Wfdb;

/// <summary>
/// Properties of MIT annotation codes, from PhysioNet's WFDB library: mnemonics (<c>annot.c</c>,
/// <c>annstr</c>/<c>strann</c>) and the beat table (<c>ecgmap.h</c>, <c>isqrs</c>).
/// </summary>
public static class AnnotationCodes
{
    /// <summary>The highest assigned-or-reserved annotation code (WFDB's ACMAX).</summary>
    public const int MaxCode = 49;

    private static readonly string[] Mnemonics =
    {
        " ", "N", "L", "R", "a", "V", "F", "J", "A", "S",
        "E", "j", "/", "Q", "~", "[15]", "|", "[17]", "s", "T",
        "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u",
        "?", "!", "[", "]", "e", "n", "@", "x", "f", "(",
        ")", "r", "[42]", "[43]", "[44]", "[45]", "[46]", "[47]", "[48]", "[49]",
    };

    // ecgmap.h wfdb_qrs[]: 1 where the code denotes a QRS complex.
    private static readonly bool[] Beats =
    {
        false, true, true, true, true, true, true, true, true, true,
        true, true, true, true, false, false, false, false, false, false,
        false, false, false, false, false, true, false, false, false, false,
        true, true, false, false, true, true, false, false, true, false,
        false, true, false, false, false, false, false, false, false, false,
    };

    /// <summary>True when <paramref name="code"/> denotes a beat (QRS complex), as WFDB's <c>isqrs</c>.</summary>
    /// <param name="code">An annotation code.</param>
    public static bool IsBeat(AnnotationCode code) => (int)code <= MaxCode && Beats[(int)code];

    /// <summary>The <c>rdann</c> mnemonic of a code ("N", "V", "A", "+", ...); "[n]" for codes without one.</summary>
    /// <param name="code">An annotation code.</param>
    public static string Mnemonic(AnnotationCode code) =>
        (int)code <= MaxCode ? Mnemonics[(int)code] : FormattableString.Invariant($"[{(int)code}]");

    /// <summary>Finds the code for an <c>rdann</c> mnemonic (case-sensitive: "N" is normal, "n" a supraventricular escape).</summary>
    /// <param name="mnemonic">A mnemonic such as "N" or "V".</param>
    /// <param name="code">The code, when found.</param>
    public static bool TryFromMnemonic(string mnemonic, out AnnotationCode code)
    {
        ArgumentNullException.ThrowIfNull(mnemonic);
        for (int c = 1; c <= MaxCode; c++)
        {
            if (string.Equals(Mnemonics[c], mnemonic, StringComparison.Ordinal))
            {
                code = (AnnotationCode)c;
                return true;
            }
        }

        code = AnnotationCode.NotQrs;
        return false;
    }

    /// <summary>Finds the code for an <c>rdann</c> mnemonic; throws <see cref="ArgumentException"/> when there is none.</summary>
    /// <param name="mnemonic">A mnemonic such as "N" or "V".</param>
    public static AnnotationCode FromMnemonic(string mnemonic) =>
        TryFromMnemonic(mnemonic, out AnnotationCode code)
            ? code
            : throw new ArgumentException($"'{mnemonic}' is not a WFDB annotation mnemonic.", nameof(mnemonic));
}
