using System;

namespace EdgeEcg.Dsp.Filters;

/// <summary>
/// The quantized coefficients of <see cref="EcgFilterChain"/>, precomputed so that builds without the
/// double-precision design code (the nanoFramework build) have them too.
/// </summary>
/// <remarks>
/// Generated from <c>Filters/Design/EcgFilterDesign</c> by <c>CoefficientQuantizer.ToQ31(…, postShift: 1)</c>;
/// a test checks every table equals that output, so change the design, not these numbers (the failing test
/// prints the regenerated table).
/// Layout per section: <c>{b0, b1, b2, -a1, -a2}</c> in Q31 scaled by 2^-1 (see <see cref="BiquadCascadeQ31"/>).
/// </remarks>
public static class EcgFilterCoefficients
{
    /// <summary>The post-shift every table is quantized for.</summary>
    public const int PostShift = 1;

    // 2nd-order Butterworth high-pass, 0.5 Hz (pole radius 0.99115 at 250 Hz, 0.99557 at 500 Hz).
    private static readonly int[] HighPass250 = { 1064243069, -2128486138, 1064243069, 2128402107, -1054828346 };
    private static readonly int[] HighPass500 = { 1068981896, -2137963793, 1068981896, 2137942692, -1064243070 };

    // Notches with a −3 dB bandwidth of 4 Hz (Orfanidis / iirnotch form).
    private static readonly int[] Notch50At250 = { 1022311520, -631823266, 1022311520, 631823266, -970881216 };
    private static readonly int[] Notch60At250 = { 1022311520, -128382943, 1022311520, 128382943, -970881216 };
    private static readonly int[] Notch50At500 = { 1047411947, -1694748130, 1047411947, 1694748130, -1021082069 };
    private static readonly int[] Notch60At500 = { 1047411947, -1527060898, 1047411947, 1527060898, -1021082069 };

    // 4th-order Butterworth low-pass, 40 Hz, as two sections (Q 0.541 then 1.307).
    private static readonly int[] LowPass250 =
    {
        139996108, 279992215, 139996108, 646428229, -132670835,
        188344910, 376689820, 188344910, 869677511, -549315327,
    };

    private static readonly int[] LowPass500 =
    {
        45954021, 91908043, 45954021, 1302247068, -412321330,
        56070277, 112140554, 56070277, 1588921964, -739461248,
    };

    /// <summary>A new array with the chain's sections in processing order: high-pass, notch (unless none), low-pass.</summary>
    /// <param name="sampleRateHz">250 or 500.</param>
    /// <param name="mains">The mains frequency to notch, or <see cref="MainsFrequency.None"/>.</param>
    public static int[] Stages(int sampleRateHz, MainsFrequency mains)
    {
        bool is250 = CheckRate(sampleRateHz);
        int[] highPass = is250 ? HighPass250 : HighPass500;
        int[] lowPass = is250 ? LowPass250 : LowPass500;
        int[]? notch = mains == MainsFrequency.Hz50 ? (is250 ? Notch50At250 : Notch50At500)
            : mains == MainsFrequency.Hz60 ? (is250 ? Notch60At250 : Notch60At500)
            : null;
        int notchLength = notch == null ? 0 : notch.Length;
        var stages = new int[highPass.Length + notchLength + lowPass.Length];
        Array.Copy(highPass, 0, stages, 0, highPass.Length);
        if (notch != null)
        {
            Array.Copy(notch, 0, stages, highPass.Length, notchLength);
        }

        Array.Copy(lowPass, 0, stages, highPass.Length + notchLength, lowPass.Length);
        return stages;
    }

    /// <summary>
    /// The chain's group delay at 10 Hz rounded to samples (design values 2.75–2.84 at 250 Hz, 5.81–5.96 at
    /// 500 Hz, depending on the notch).
    /// </summary>
    /// <param name="sampleRateHz">250 or 500.</param>
    /// <param name="mains">The mains frequency notched (it changes the delay by less than 0.2 samples).</param>
    public static int DelaySamples(int sampleRateHz, MainsFrequency mains) => CheckRate(sampleRateHz) ? 3 : 6;

    private static bool CheckRate(int sampleRateHz)
    {
        if (sampleRateHz != 250 && sampleRateHz != 500)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRateHz), "Coefficients exist for 250 or 500 Hz; got " + sampleRateHz + ".");
        }

        return sampleRateHz == 250;
    }
}
