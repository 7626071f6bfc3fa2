using System.Text.Json.Serialization;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Hyperparameters and bookkeeping of one training run.</summary>
/// <param name="Network">Network shape.</param>
/// <param name="Epochs">Passes over the training set.</param>
/// <param name="BatchSize">Beats per optimiser step.</param>
/// <param name="LearningRate">Initial AdamW learning rate (cosine decay to 5 % of it over the run).</param>
/// <param name="WeightDecay">AdamW weight decay.</param>
/// <param name="ClassWeightPower">Class weight = (total / (classes · count))^power; 0 = unweighted, 1 = fully balanced.</param>
/// <param name="MaxClassWeight">Upper bound of a class weight (rare classes such as Q in DS1 would otherwise dominate).</param>
/// <param name="Seed">Seed of weight initialisation and batch order.</param>
/// <param name="CheckpointDirectory">Where per-epoch checkpoints go (null = none); an existing checkpoint there is resumed.</param>
/// <param name="NormalFraction">Fraction of the N beats drawn afresh each epoch (random undersampling of the majority class, 1 = all).</param>
/// <param name="GainAugmentationDb">
/// Training-time amplitude augmentation: each beat's log-magnitude image is shifted by a uniform random gain in
/// ±this many dB (a gain g adds 20·log10 g to every pixel above the floor), so the network cannot key on a patient's
/// ECG amplitude. 0 = off.
/// </param>
/// <param name="PatientBalancePower">Exponent of the per-patient loss weights of <see cref="PatientBalance"/> (0 = off).</param>
/// <param name="BlockAugmentation">
/// Per-epoch probability that a training record is presented under simulated intermittent 2:1 AV block
/// (<see cref="Training.BlockAugmentation"/>: removed normal beats, RR features recomputed). 0 = off.
/// </param>
/// <param name="BlockSporadicDrops">
/// With <paramref name="BlockAugmentation"/>: probability that a normal beat between the block episodes is removed too.
/// </param>
/// <param name="ApcAugmentation">
/// Per-epoch probability that a training record is presented with simulated episodes of frequent atrial premature
/// beats and sinus pauses (<see cref="Training.ApcAugmentation"/>: normal beats moved early and labelled S, RR
/// features recomputed). 0 = off; cannot be combined with <paramref name="BlockAugmentation"/>. Off, it is left out of
/// the options' JSON (checkpoints, model metadata), so runs and bundles made before it existed describe themselves alike.
/// </param>
/// <param name="ApcAfShare">
/// With <paramref name="ApcAugmentation"/>: the share of simulated episodes that are atrial fibrillation (irregular,
/// unrepeated intervals, labels kept N) instead of premature beats. 0 = none; left out of the options' JSON when 0.
/// </param>
/// <param name="ImageDropout">
/// Training-time modality dropout: the probability that a beat's pooled image features are zeroed before the join
/// with the beat features, so the classifier must also decide from the RR and template features alone (premature
/// beats of an unseen patient are recognised by their timing, not by that patient's memorised morphology). 0 = off;
/// inference always uses the image.
/// </param>
/// <param name="WeightsAfterAugmentation">
/// Compute the class weights from the class counts an epoch is expected to show under <paramref name="ApcAugmentation"/>
/// or <paramref name="BlockAugmentation"/> (<see cref="EpochClassCounts"/>) instead of the recorded labels, so simulated
/// S beats do not carry the weight of a rarer class than they make S. Needs one of the two augmentations.
/// </param>
/// <param name="Threads">
/// TorchSharp's intra-op threads. Fixed rather than taken from the machine: libtorch splits its reductions by the
/// thread count, so the floating-point summation order, and with it the trained weights, depend on it (on one thread
/// the shipped model's recipe trained a different model than on two; model card "Reproduce").
/// </param>
public sealed record TrainingOptions(
    BeatNetOptions Network,
    int Epochs = 8,
    int BatchSize = 128,
    double LearningRate = 3e-3,
    double WeightDecay = 1e-4,
    double ClassWeightPower = 1.0,
    double MaxClassWeight = 25.0,
    int Seed = 20261125,
    string? CheckpointDirectory = null,
    double NormalFraction = 1.0,
    double GainAugmentationDb = 0.0,
    double ImageDropout = 0.0,
    double PatientBalancePower = 0.0,
    double BlockAugmentation = 0.0,
    double BlockSporadicDrops = 0.0,
    int Threads = TrainingOptions.DefaultThreads,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] double ApcAugmentation = 0.0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] double ApcAfShare = 0.0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool WeightsAfterAugmentation = false)
{
    /// <summary>Default of <see cref="Threads"/>: the two cores of the machine the shipped models were trained on.</summary>
    public const int DefaultThreads = 2;
}
