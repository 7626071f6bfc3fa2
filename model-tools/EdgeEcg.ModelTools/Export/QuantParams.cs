using System;

namespace EdgeEcg.ModelTools.Export;

/// <summary>Asymmetric int8 quantisation of one tensor: real = scale · (q − zeroPoint).</summary>
/// <param name="Scale">Step size.</param>
/// <param name="ZeroPoint">The int8 code of real 0.</param>
public sealed record QuantParams(float Scale, sbyte ZeroPoint)
{
    /// <summary>Parameters covering [min, max] (widened to include 0, as ONNX requires 0 to be exact).</summary>
    /// <param name="min">Lowest value to represent.</param>
    /// <param name="max">Highest value to represent.</param>
    public static QuantParams FromRange(float min, float max)
    {
        min = Math.Min(min, 0f);
        max = Math.Max(max, 0f);
        if (max - min < 1e-8f)
            max = min + 1e-8f;
        float scale = (max - min) / 255f;
        int zp = (int)Math.Round(-128 - min / scale, MidpointRounding.ToEven);
        return new QuantParams(scale, (sbyte)Math.Clamp(zp, -128, 127));
    }
}
