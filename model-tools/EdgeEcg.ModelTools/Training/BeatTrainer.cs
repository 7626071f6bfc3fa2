using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using EdgeEcg.Dsp.Spectrogram;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Evaluation.Beats;
using TorchSharp;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Trains <see cref="BeatMobileNet"/> with class-weighted cross-entropy and AdamW (cosine learning-rate decay), fixed
/// seeds, a progress report and per-epoch checkpoints that an interrupted run resumes from. With a validation set
/// (held-out patients) the epoch with the best validation macro-F1 over N/S/V is selected.
/// </summary>
public sealed class BeatTrainer
{
    private readonly TrainingOptions options;
    private readonly IProgress<TrainingProgress>? progress;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Hyperparameters.</param>
    /// <param name="progress">Receives progress reports (about one per second and one per epoch), or null.</param>
    public BeatTrainer(TrainingOptions options, IProgress<TrainingProgress>? progress = null)
    {
        this.options = options;
        this.progress = progress;
    }

    /// <summary>Trains on <paramref name="train"/>, selecting by <paramref name="validation"/> when given.</summary>
    /// <param name="train">Training beats.</param>
    /// <param name="validation">Validation beats from other patients, or null.</param>
    public TrainingResult Train(BeatDataset train, BeatDataset? validation)
    {
        if (train.Count < 2)
            throw new ArgumentException($"training needs at least 2 beats, got {train.Count}");
        if (train.RrFeatureCount != options.Network.RrFeatureCount)
            throw new ArgumentException($"dataset has {train.RrFeatureCount} RR features but the network expects {options.Network.RrFeatureCount}");
        torch.manual_seed(options.Seed);
        if (options.Threads < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Threads, "Threads must be at least 1");
        torch.set_num_threads(options.Threads);
        if (options.ImageDropout < 0 || options.ImageDropout >= 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.ImageDropout, "ImageDropout must be in [0, 1)");
        var net = new BeatMobileNet(options.Network) { ImageDropout = options.ImageDropout };
        var optimizer = optim.AdamW(net.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        if (options.NormalFraction <= 0 || options.NormalFraction > 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.NormalFraction, "NormalFraction must be in (0, 1]");
        float[] beatWeights = PatientBalance.Weights(train, options.PatientBalancePower, options.Network.ClassCount);
        if (options.BlockAugmentation < 0 || options.BlockAugmentation > 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.BlockAugmentation, "BlockAugmentation must be in [0, 1]");
        if (options.ApcAugmentation < 0 || options.ApcAugmentation > 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.ApcAugmentation, "ApcAugmentation must be in [0, 1]");
        if (options.ApcAfShare < 0 || options.ApcAfShare > 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.ApcAfShare, "ApcAfShare must be in [0, 1]");
        if (options.ApcAfShare > 0 && options.ApcAugmentation == 0)
            throw new ArgumentException("ApcAfShare shares out the episodes of ApcAugmentation, which is off", nameof(options));
        if (options.ApcAugmentation > 0 && options.BlockAugmentation > 0)
            throw new ArgumentException("ApcAugmentation and BlockAugmentation cannot be combined (each recomputes the RR features from its own beat times)", nameof(options));
        // Beat times are reference annotation samples; the RR features are ratios, so the rate only scales them.
        BlockAugmentation? block = options.BlockAugmentation > 0 ? BlockAugmentation.Simulate(train, options.Seed, options.BlockSporadicDrops) : null;
        ApcAugmentation? apc = options.ApcAugmentation > 0 ? ApcAugmentation.Simulate(train, options.Seed, afShare: options.ApcAfShare) : null;
        if (options.WeightsAfterAugmentation && apc is null && block is null)
            throw new ArgumentException("WeightsAfterAugmentation counts what ApcAugmentation or BlockAugmentation change, and both are off", nameof(options));
        int[] counts = options.WeightsAfterAugmentation
            ? EpochClassCounts.Expected(train, apc, options.ApcAugmentation, block, options.BlockAugmentation)
            : train.ClassCounts();
        counts[(int)AamiClass.N] = (int)Math.Round(counts[(int)AamiClass.N] * options.NormalFraction);
        float[] weights = ClassWeights.Compute(counts, options.ClassWeightPower, options.MaxClassWeight);
        using Tensor weightTensor = tensor(weights);
        using var loss = nn.CrossEntropyLoss(weightTensor);

        string? dir = options.CheckpointDirectory;
        int startEpoch = 1;
        int bestEpoch = 0;
        double bestScore = double.NaN;
        IReadOnlyList<string> resumedLog = Array.Empty<string>();
        if (dir is not null && TrainingCheckpoint.TryRead(dir) is { } state)
        {
            state.EnsureCompatible(options, dir);
            try
            {
                net.load(Path.Combine(dir, TrainingCheckpoint.LastWeightsFile));
                optimizer.load_state_dict(Path.Combine(dir, TrainingCheckpoint.OptimizerFile));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Same options, other network: e.g. a checkpoint written before the network's structure changed.
                throw new InvalidOperationException(
                    $"checkpoint in {dir} has the same training options but does not fit this network ({e.Message}); delete it or use another directory", e);
            }
            startEpoch = state.CompletedEpochs + 1;
            bestEpoch = state.BestEpoch;
            bestScore = state.BestScore;
            resumedLog = state.EpochLog ?? Array.Empty<string>();
        }

        int totalBatches = Math.Max(1, (options.Epochs - startEpoch + 1) * Batches(EpochRows(train, options.Seed, null).Length));
        int doneBatches = 0;
        var clock = Stopwatch.StartNew();
        var log = new List<string>(resumedLog);
        for (int epoch = startEpoch; epoch <= options.Epochs; epoch++)
        {
            SetLearningRate(optimizer, epoch);
            bool[]? removed = null;
            BeatDataset epochData = block is not null ? block.ForEpoch(train, options.BlockAugmentation, new Random((options.Seed * 17) + epoch), out removed)
                : apc is not null ? apc.ForEpoch(train, options.ApcAugmentation, new Random((options.Seed * 19) + epoch), out _)
                : train;
            int[] order = EpochRows(train, options.Seed + epoch, removed);
            int batches = Batches(order.Length); // varies with the N undersampling draw
            var augmentation = new Random(options.Seed * 31 + epoch);
            net.train();
            double lossSum = 0;
            long lastReport = 0;
            var trainConfusion = new ConfusionMatrix();
            for (int b = 0; b < batches; b++)
            {
                int start = b * options.BatchSize;
                int n = Math.Min(options.BatchSize, order.Length - start);
                int[] rows = BeatBatch.Slice(order, start, n);
                using (var scope = NewDisposeScope())
                {
                    Tensor target = BeatBatch.Labels(epochData, rows);
                    Tensor images = options.GainAugmentationDb > 0
                        ? BeatBatch.ImagesWithGain(train, rows, options.GainAugmentationDb, SpectrogramSettings.Default.Scale, augmentation)
                        : BeatBatch.Images(train, rows);
                    Tensor rr = BeatBatch.Rr(epochData, rows);
                    Tensor? beatWeightTensor = options.PatientBalancePower > 0 ? BeatBatch.Weights(beatWeights, rows) : null;
                    Tensor logits, l;
                    using (GcPause.Start())
                    {
                        logits = net.forward(images, rr);
                        l = beatWeightTensor is not null
                            ? WeightedCrossEntropy.Compute(logits, target, weightTensor, beatWeightTensor)
                            : loss.forward(logits, target);
                        optimizer.zero_grad();
                        l.backward();
                        optimizer.step();
                    }
                    lossSum += l.item<float>();
                    long[] predicted = logits.argmax(1).data<long>().ToArray();
                    for (int i = 0; i < n; i++)
                        trainConfusion.Add(epochData.Labels[rows[i]], (AamiClass)predicted[i]);
                }
                doneBatches++;
                if (progress is not null && clock.ElapsedMilliseconds - lastReport >= 1000)
                {
                    lastReport = clock.ElapsedMilliseconds;
                    progress.Report(new TrainingProgress(epoch, options.Epochs, b + 1, batches, lossSum / (b + 1),
                        "train " + Describe(trainConfusion), Remaining(clock.Elapsed, doneBatches, totalBatches)));
                }
            }

            string metrics = "train " + Describe(trainConfusion);
            double score = double.NaN;
            if (validation is not null && validation.Count > 0)
            {
                ConfusionMatrix val = ConfusionMatrix.From(validation.Labels,
                    TorchBeatPredictor.ArgMax(TorchBeatPredictor.Logits(net, validation), options.Network.ClassCount));
                score = val.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V);
                metrics = "val " + Describe(val);
            }
            if (dir is not null)
                Directory.CreateDirectory(dir);
            bool better = !double.IsNaN(score) && (double.IsNaN(bestScore) || score > bestScore);
            if (better)
            {
                bestScore = score;
                bestEpoch = epoch;
                if (dir is not null)
                    net.save(Path.Combine(dir, TrainingCheckpoint.BestWeightsFile));
            }
            var report = new TrainingProgress(epoch, options.Epochs, batches, batches, lossSum / Math.Max(1, batches), metrics,
                Remaining(clock.Elapsed, doneBatches, totalBatches));
            log.Add(report.ToLogLine());
            if (dir is not null)
            {
                net.save(Path.Combine(dir, TrainingCheckpoint.LastWeightsFile));
                optimizer.save_state_dict(Path.Combine(dir, TrainingCheckpoint.OptimizerFile));
                new TrainingCheckpoint(epoch, bestEpoch, bestScore, TrainingCheckpoint.Describe(options), log.ToArray()).Write(dir);
            }
            progress?.Report(report);
        }

        int selected = options.Epochs;
        if (bestEpoch > 0 && dir is not null && bestEpoch != options.Epochs)
        {
            net.load(Path.Combine(dir, TrainingCheckpoint.BestWeightsFile));
            selected = bestEpoch;
        }
        net.eval();
        return new TrainingResult(net, selected, bestEpoch == selected ? bestScore : double.NaN, log);
    }

    /// <summary>Per-class Se/+P for N, S, V and macro-F1, compact.</summary>
    /// <param name="m">Confusion matrix.</param>
    public static string Describe(ConfusionMatrix m)
    {
        var ci = CultureInfo.InvariantCulture;
        string Part(AamiClass c) => string.Format(ci, "{0} Se {1:F1} +P {2:F1}", c, m.Sensitivity(c), m.PositivePredictivity(c));
        return string.Join(" | ", new[] { AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.F }.Select(Part)) +
            string.Format(ci, " | mF1 {0:F1}", m.MacroF1(AamiClass.N, AamiClass.S, AamiClass.V));
    }

    private void SetLearningRate(optim.Optimizer optimizer, int epoch)
    {
        double t = options.Epochs <= 1 ? 0 : (epoch - 1) / (double)(options.Epochs - 1);
        double lr = options.LearningRate * (0.05 + 0.95 * 0.5 * (1 + Math.Cos(Math.PI * t)));
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = lr;
    }

    /// <summary>
    /// The shuffled rows of one epoch: every non-N beat and a seeded random <see cref="TrainingOptions.NormalFraction"/>
    /// of the N beats, without the beats a simulated block removed this epoch.
    /// </summary>
    private int[] EpochRows(BeatDataset train, int seed, bool[]? removed)
    {
        var rng = new Random(seed);
        var rows = new List<int>(train.Count);
        for (int i = 0; i < train.Count; i++)
            if ((train.Labels[i] != AamiClass.N || options.NormalFraction >= 1 || rng.NextDouble() < options.NormalFraction) && !(removed?[i] ?? false))
                rows.Add(i);
        int[] order = rows.ToArray();
        rng.Shuffle(order);
        return order;
    }

    /// <summary>Batches for a number of rows; a last partial batch of one beat is dropped (batch normalisation needs two).</summary>
    private int Batches(int rows) => rows / options.BatchSize + (rows % options.BatchSize >= 2 ? 1 : 0);

    private static TimeSpan Remaining(TimeSpan elapsed, int done, int total) =>
        done == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(elapsed.Ticks / done * Math.Max(0, total - done));
}
