using System;
using EdgeEcg.ModelTools.Data;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Data;

public class TemplateFeaturesTests
{
    private const int H = 4, W = 4, Size = H * W;

    private static sbyte[] Images(params Func<int, int, int>[] beats)
    {
        var img = new sbyte[beats.Length * Size];
        for (int b = 0; b < beats.Length; b++)
            for (int r = 0; r < H; r++)
                for (int c = 0; c < W; c++)
                    img[b * Size + r * W + c] = (sbyte)beats[b](r, c);
        return img;
    }

    private static bool[] All(int n) => Array.ConvertAll(new bool[n], _ => true);

    [Fact]
    public void RepeatedBeats_MatchTheTemplate_AndAnOddBeatDoesNot()
    {
        Func<int, int, int> normal = (r, c) => 10 * r - 5 * c;
        Func<int, int, int> odd = (r, c) => r < 2 ? 40 : -40; // energy moved to the low frequencies
        sbyte[] img = Images(normal, normal, normal, odd);
        float[] f = TemplateFeatures.Compute(img, All(4), H, W);
        int o = 2 * TemplateFeatures.Count;
        Assert.Equal(0f, f[o]);       // mean |x - T|
        Assert.Equal(1f, f[o + 2], 5); // correlation
        int v = 3 * TemplateFeatures.Count;
        Assert.True(f[v] > 0.1f, $"mean |x - T| {f[v]}");
        Assert.True(f[v + 3] > 0 && f[v + 4] < 0, $"low {f[v + 3]}, high {f[v + 4]}");
        Assert.True(f[v + 2] < 0.5f, $"correlation {f[v + 2]}");
    }

    [Fact]
    public void AGainChange_ShiftsTheSignedMeanByThePixelShift()
    {
        Func<int, int, int> normal = (r, c) => 10 * r - 5 * c;
        Func<int, int, int> louder = (r, c) => 10 * r - 5 * c + 12; // +6 dB at 0.5 dB per code
        float[] f = TemplateFeatures.Compute(Images(normal, louder), All(2), H, W);
        int o = TemplateFeatures.Count;
        Assert.Equal(12f / 128, f[o + 1], 5);
        Assert.Equal(1f, f[o + 2], 5); // same shape
    }

    [Fact]
    public void TheTemplate_IsCausal_AndMovesByOneSixteenthPerBeat()
    {
        Func<int, int, int> zero = (_, _) => 0;
        Func<int, int, int> high = (_, _) => 32;
        float[] f = TemplateFeatures.Compute(Images(zero, high, high), All(3), H, W);
        Assert.Equal(0f, f[0]);                                  // the first beat is its own template
        Assert.Equal(32f / 128, f[TemplateFeatures.Count], 5);   // the template has not seen beat 1 yet
        Assert.Equal((32f - 32f / TemplateFeatures.TemplateBeats) / 128, f[2 * TemplateFeatures.Count], 5);
    }

    [Fact]
    public void RelativeImages_AreTheBeatMinusTheTemplateBeforeIt()
    {
        Func<int, int, int> zero = (_, _) => 0;
        Func<int, int, int> high = (_, _) => 32;
        Func<int, int, int> huge = (_, _) => -128;
        var relative = new sbyte[4 * Size];
        TemplateFeatures.Compute(Images(zero, high, high, huge), All(4), H, W, relative);
        Assert.All(relative[..Size], v => Assert.Equal(0, v));              // first beat: its own template
        Assert.All(relative[Size..(2 * Size)], v => Assert.Equal(32, v));   // template still 0
        Assert.All(relative[(2 * Size)..(3 * Size)], v => Assert.Equal(30, v)); // 32 - 2 = 30
        Assert.All(relative[(3 * Size)..], v => Assert.Equal(-127, v));     // -128 - 3.875, clamped
    }

    [Fact]
    public void ABeatWithoutImage_GetsNeutralFeatures_AndLeavesTheTemplate()
    {
        Func<int, int, int> a = (r, c) => r + c;
        Func<int, int, int> junk = (_, _) => 100;
        float[] f = TemplateFeatures.Compute(Images(a, junk, a), new[] { true, false, true }, H, W);
        int o = TemplateFeatures.Count;
        Assert.Equal(new float[] { 0, 0, 1, 0, 0, 0, 0 }, f[o..(2 * o)]);
        Assert.Equal(0f, f[2 * o]);
    }

    [Fact]
    public void TooFewImageBytes_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => TemplateFeatures.Compute(new sbyte[Size], All(2), H, W));
        Assert.Contains("2 beats", e.Message, StringComparison.Ordinal);
    }
}
