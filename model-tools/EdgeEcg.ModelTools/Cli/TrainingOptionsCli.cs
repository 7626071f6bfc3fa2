using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Training;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>
/// The training hyperparameter options shared by <c>train</c> and <c>cv</c>, so that a configuration measured by
/// cross-validation is passed to the release training with the same flags and defaults.
/// </summary>
public sealed class TrainingOptionsCli
{
    private readonly Option<int> epochs = new("--epochs") { DefaultValueFactory = _ => 8, Description = "Epochs" };
    private readonly Option<double> width = new("--width") { DefaultValueFactory = _ => 1.0, Description = "MobileNet width multiplier" };
    private readonly Option<int> batch = new("--batch") { DefaultValueFactory = _ => 128, Description = "Batch size" };
    private readonly Option<double> lr = new("--lr") { DefaultValueFactory = _ => 3e-3, Description = "Initial learning rate" };
    private readonly Option<double> weightPower = new("--class-weight-power") { DefaultValueFactory = _ => 1.0, Description = "Class weight exponent (0 unweighted, 1 balanced)" };
    private readonly Option<double> normalFraction = new("--normal-fraction") { DefaultValueFactory = _ => 1.0, Description = "Fraction of N beats drawn afresh each epoch (majority undersampling)" };
    private readonly Option<double> gainDb = new("--gain-augmentation-db") { DefaultValueFactory = _ => 0.0, Description = "Random amplitude augmentation of the spectrogram, ±dB (0 = off)" };
    private readonly Option<double> weightDecay = new("--weight-decay") { DefaultValueFactory = _ => 1e-4, Description = "AdamW weight decay" };
    private readonly Option<double> patientBalance = new("--patient-balance") { DefaultValueFactory = _ => 0.0, Description = "Exponent of per-patient loss weights that even out how much each record's S, V, F and Q beats count (0 = off, 1 = every record equal)" };
    private readonly Option<double> blockAugmentation = new("--block-augmentation") { DefaultValueFactory = _ => 0.0, Description = "Per-epoch probability that a training record is shown under simulated intermittent 2:1 AV block and dropped beats (RR features recomputed; 0 = off)" };
    private readonly Option<double> blockSporadicDrops = new("--block-sporadic-drops") { DefaultValueFactory = _ => 0.0, Description = "With --block-augmentation: probability that a normal beat between block episodes is removed too (single dropped beats)" };
    private readonly Option<double> apcAugmentation = new("--apc-augmentation") { DefaultValueFactory = _ => 0.0, Description = "Per-epoch probability that a training record is shown with simulated episodes of frequent atrial premature beats and sinus pauses (normal beats moved early and labelled S, RR features recomputed; 0 = off; not with --block-augmentation)" };
    private readonly Option<double> apcAfShare = new("--apc-af-share") { DefaultValueFactory = _ => 0.0, Description = "With --apc-augmentation: share of the simulated episodes that are atrial fibrillation (irregular unrepeated intervals, labels kept N) instead of premature beats (0 = none)" };
    private readonly Option<bool> weightsAfterAugmentation = new("--weights-after-augmentation") { Description = "With --apc-augmentation or --block-augmentation: class weights from the class counts an epoch is expected to show (simulated S beats counted as S) instead of the recorded labels" };
    private readonly Option<string?> augmentedSeeds = new("--augmented-seeds") { Description = "Comma-separated seeds whose networks train with --apc-augmentation, --apc-af-share, --block-augmentation, --block-sporadic-drops and --weights-after-augmentation; the other seeds' networks train without them, so one ensemble can mix both (default: every seed)" };
    private readonly Option<int> threads = new("--threads") { DefaultValueFactory = _ => TrainingOptions.DefaultThreads, Description = "TorchSharp threads; fixed (not the machine's core count) because the trained weights depend on it" };
    private readonly Option<double> imageDropout = new("--image-dropout") { DefaultValueFactory = _ => 0.0, Description = "Training-time probability of zeroing a beat's image features before the join with the beat features (0 = off)" };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { epochs, width, batch, lr, weightPower, normalFraction, gainDb, weightDecay, imageDropout, patientBalance, blockAugmentation, blockSporadicDrops, apcAugmentation, apcAfShare, weightsAfterAugmentation, augmentedSeeds, threads })
            command.Options.Add(o);
    }

    /// <summary>The training options the command line gives for the network trained with <paramref name="seed"/>.</summary>
    /// <param name="parse">Parse result of a command the options were added to.</param>
    /// <param name="seed">Seed of the run (or of the ensemble member).</param>
    /// <param name="checkpointDirectory">Checkpoint folder, or null for none.</param>
    /// <remarks>A seed left out of <c>--augmented-seeds</c> gets the options without the simulated-rhythm augmentations.</remarks>
    public TrainingOptions Build(ParseResult parse, int seed, string? checkpointDirectory)
    {
        var options = new TrainingOptions(
            new BeatNetOptions(parse.GetValue(width), BeatFeatures.Count, 5),
            Epochs: parse.GetValue(epochs), BatchSize: parse.GetValue(batch), LearningRate: parse.GetValue(lr), WeightDecay: parse.GetValue(weightDecay),
            ClassWeightPower: parse.GetValue(weightPower), Seed: seed, CheckpointDirectory: checkpointDirectory,
            NormalFraction: parse.GetValue(normalFraction), GainAugmentationDb: parse.GetValue(gainDb), ImageDropout: parse.GetValue(imageDropout),
            PatientBalancePower: parse.GetValue(patientBalance), BlockAugmentation: parse.GetValue(blockAugmentation),
            BlockSporadicDrops: parse.GetValue(blockSporadicDrops), Threads: parse.GetValue(threads),
            ApcAugmentation: parse.GetValue(apcAugmentation), ApcAfShare: parse.GetValue(apcAfShare),
            WeightsAfterAugmentation: parse.GetValue(weightsAfterAugmentation));
        return parse.GetValue(augmentedSeeds) is string text && Array.IndexOf(CvCommand.ParseSeeds(text, augmentedSeeds.Name), seed) < 0
            ? options with { BlockAugmentation = 0, BlockSporadicDrops = 0, ApcAugmentation = 0, ApcAfShare = 0, WeightsAfterAugmentation = false }
            : options;
    }

    /// <summary>
    /// Refuses, before anything is loaded, an <c>--augmented-seeds</c> list that names a seed the run does not train or
    /// has no augmentation to choose, and <c>--weights-after-augmentation</c> without an augmentation.
    /// </summary>
    /// <param name="parse">Parse result of a command the options were added to.</param>
    /// <param name="runSeeds">The seeds the command trains (the <c>cv</c> seeds, or the <c>train</c> members' seeds).</param>
    /// <exception cref="ArgumentException">The list is malformed, names another seed, or every augmentation is off.</exception>
    public void CheckAugmentation(ParseResult parse, IReadOnlyList<int> runSeeds)
    {
        ArgumentNullException.ThrowIfNull(runSeeds);
        bool augmented = parse.GetValue(apcAugmentation) > 0 || parse.GetValue(blockAugmentation) > 0;
        if (parse.GetValue(weightsAfterAugmentation) && !augmented)
            throw new ArgumentException($"{weightsAfterAugmentation.Name} counts what --apc-augmentation or --block-augmentation change, and both are off");
        if (parse.GetValue(augmentedSeeds) is not string text)
            return;
        foreach (int s in CvCommand.ParseSeeds(text, augmentedSeeds.Name))
        {
            if (!runSeeds.Contains(s))
                throw new ArgumentException($"{augmentedSeeds.Name}: seed {s} is not one this run trains ({string.Join(",", runSeeds)})");
        }
        if (!augmented)
            throw new ArgumentException($"{augmentedSeeds.Name} chooses which seeds train with --apc-augmentation or --block-augmentation, and both are off");
    }
}
