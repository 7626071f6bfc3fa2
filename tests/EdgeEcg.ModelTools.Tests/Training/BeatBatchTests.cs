using System;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

[Collection(TorchCollection.Name)]
public class BeatBatchTests
{
    [Fact]
    public void GainAugmentation_ShiftsEveryPixelOfABeatEqually_KeepsTheFloor_AndStaysWithinTheRange()
    {
        var images = new sbyte[2 * 1024];
        for (int k = 0; k < images.Length; k++)
            images[k] = (sbyte)(k % 3 == 0 ? -128 : (k % 200) - 100);
        var data = new BeatDataset(1024, 1, images, new float[2], new AamiClass[2], new int[2], new long[2], new[] { "r" });
        float[] plain = BeatBatch.Images(data, new[] { 0, 1 }).data<float>().ToArray();
        float[] shifted = BeatBatch.ImagesWithGain(data, new[] { 0, 1 }, maxGainDb: 6, dbPerCode: 0.5, new Random(1)).data<float>().ToArray();
        for (int beat = 0; beat < 2; beat++)
        {
            var deltas = Enumerable.Range(beat * 1024, 1024)
                .Where(k => images[k] != -128)
                .Select(k => (shifted[k] - plain[k]) * BeatBatch.ImageScale)
                .ToArray();
            Assert.InRange(deltas[0], -12.0001f, 12.0001f); // ±6 dB at 0.5 dB per code
            Assert.All(deltas, d => Assert.Equal(deltas[0], d, 3));
            Assert.All(Enumerable.Range(beat * 1024, 1024).Where(k => images[k] == -128), k => Assert.Equal(-1f, shifted[k]));
        }
    }
}
