using System;
using System.IO;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using EdgeEcg.ModelTools.Training;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class BeatTrainerTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "edgeecg-trainer-" + Guid.NewGuid().ToString("N"));

    private static TrainingOptions Options(int epochs, string? dir) =>
        new(new BeatNetOptions(0.5, SyntheticBeats.RrFeatures, 5), Epochs: epochs, BatchSize: 32, Seed: 7, CheckpointDirectory: dir);

    [Fact]
    public void Train_LearnsSeparableSyntheticClasses()
    {
        BeatDataset train = SyntheticBeats.Make(200, seed: 1);
        BeatDataset test = SyntheticBeats.Make(30, seed: 2);
        TrainingResult result = new BeatTrainer(Options(3, null)).Train(train, null);
        AamiClass[] predicted = TorchBeatPredictor.ArgMax(TorchBeatPredictor.Logits(result.Network, test), 5);
        ConfusionMatrix m = ConfusionMatrix.From(test.Labels, predicted);
        Assert.True(m.Accuracy() > 90, $"accuracy {m.Accuracy():F1} %");
        Assert.Equal(3, result.EpochLog.Count);
    }

    [Fact]
    public void Train_IsReproducibleWithTheSameSeed()
    {
        BeatDataset train = SyntheticBeats.Make(20, seed: 1);
        BeatDataset test = SyntheticBeats.Make(5, seed: 2);
        float[] a = TorchBeatPredictor.Logits(new BeatTrainer(Options(1, null)).Train(train, null).Network, test);
        float[] b = TorchBeatPredictor.Logits(new BeatTrainer(Options(1, null)).Train(train, null).Network, test);
        for (int i = 0; i < a.Length; i++)
            Assert.Equal(a[i], b[i], 4);
    }

    [Fact]
    public void BlockAugmentation_OutsideZeroToOne_IsRefused()
    {
        BeatDataset train = SyntheticBeats.Make(5, seed: 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BeatTrainer(Options(1, null) with { BlockAugmentation = 1.5 }).Train(train, null));
        Assert.Contains("BlockAugmentation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApcAugmentation_OutsideZeroToOne_OrWithBlockAugmentation_IsRefused()
    {
        BeatDataset train = SyntheticBeats.Make(5, seed: 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BeatTrainer(Options(1, null) with { ApcAugmentation = -0.1 }).Train(train, null));
        Assert.Contains("ApcAugmentation", e.Message, StringComparison.Ordinal);
        var both = Assert.Throws<ArgumentException>(() => new BeatTrainer(Options(1, null) with { ApcAugmentation = 0.3, BlockAugmentation = 0.1 }).Train(train, null));
        Assert.Contains("cannot be combined", both.Message, StringComparison.Ordinal);
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => new BeatTrainer(Options(1, null) with { ApcAugmentation = 0.3, ApcAfShare = 1.5 }).Train(train, null));
        Assert.Contains("ApcAfShare", share.Message, StringComparison.Ordinal);
        var alone = Assert.Throws<ArgumentException>(() => new BeatTrainer(Options(1, null) with { ApcAfShare = 0.5 }).Train(train, null));
        Assert.Contains("ApcAugmentation, which is off", alone.Message, StringComparison.Ordinal);
        var weights = Assert.Throws<ArgumentException>(() => new BeatTrainer(Options(1, null) with { WeightsAfterAugmentation = true }).Train(train, null));
        Assert.Contains("WeightsAfterAugmentation counts what ApcAugmentation or BlockAugmentation change, and both are off", weights.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_AreTheOptionsNotTheMachines_AndAtLeastOne()
    {
        BeatDataset train = SyntheticBeats.Make(5, seed: 1);
        new BeatTrainer(Options(1, null) with { Threads = 1 }).Train(train, null);
        Assert.Equal(1, TorchSharp.torch.get_num_threads());
        new BeatTrainer(Options(1, null) with { Threads = 3 }).Train(train, null);
        Assert.Equal(3, TorchSharp.torch.get_num_threads());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BeatTrainer(Options(1, null) with { Threads = 0 }).Train(train, null));
        Assert.Contains("Threads", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalUndersampling_DrawsADifferentNumberOfRowsEachEpoch_WithoutFailing()
    {
        // Regression: epochs with fewer drawn N beats than the first one once overran the batch count.
        BeatDataset train = SyntheticBeats.Make(40, seed: 1);
        var options = Options(5, null) with { BatchSize = 16, NormalFraction = 0.5 };
        TrainingResult result = new BeatTrainer(options).Train(train, null);
        Assert.Equal(5, result.EpochLog.Count);
    }

    [Fact]
    public void Resume_ContinuesAfterTheLastCompletedEpoch_AndRefusesOtherOptions()
    {
        BeatDataset train = SyntheticBeats.Make(20, seed: 1);
        BeatDataset val = SyntheticBeats.Make(10, seed: 3);
        new BeatTrainer(Options(1, dir)).Train(train, val);
        Assert.Equal(1, TrainingCheckpoint.TryRead(dir)!.CompletedEpochs);

        TrainingResult resumed = new BeatTrainer(Options(2, dir)).Train(train, val);
        Assert.Equal(2, resumed.EpochLog.Count); // epoch 1 from the checkpoint, epoch 2 run here
        Assert.StartsWith("epoch 1/1", resumed.EpochLog[0], StringComparison.Ordinal);
        Assert.StartsWith("epoch 2/2", resumed.EpochLog[1], StringComparison.Ordinal);
        Assert.Equal(resumed.EpochLog, TrainingCheckpoint.TryRead(dir)!.EpochLog);
        Assert.Equal(2, TrainingCheckpoint.TryRead(dir)!.CompletedEpochs);

        var other = Options(3, dir) with { LearningRate = 0.1 };
        var e = Assert.Throws<InvalidOperationException>(() => new BeatTrainer(other).Train(train, val));
        Assert.Contains("other training options", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_RefusesACheckpointOfAnotherNetwork_WithTheSameOptions()
    {
        BeatDataset train = SyntheticBeats.Make(20, seed: 1);
        TrainingOptions options = Options(2, dir);
        Directory.CreateDirectory(dir);
        new TrainingCheckpoint(1, 0, double.NaN, TrainingCheckpoint.Describe(options)).Write(dir);
        using (var foreign = TorchSharp.torch.nn.Linear(3, 2)) // weights of some other network
            foreign.save(Path.Combine(dir, TrainingCheckpoint.LastWeightsFile));

        var e = Assert.Throws<InvalidOperationException>(() => new BeatTrainer(options).Train(train, null));
        Assert.Contains("does not fit this network", e.Message, StringComparison.Ordinal);
        Assert.Contains(dir, e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
