using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// MobileNetV2-style beat classifier: a 1×32×32 spectrogram through a strided stem and inverted-residual blocks
/// (32→16→8→4 pixels), a 1×1 head and global average pooling; the beat features (RR ratios, template features) are
/// standardised by a batch normalisation of their own and concatenated with the pooled features before a hidden fully
/// connected layer and the class logits. Without that standardisation the features, ratios near 1 that differ by
/// tenths, are too flat for the optimiser next to the image features and the network ignores the rhythm.
/// <para>The output is factorised: P(S) = σ(z) with z from a second, rhythm-only path (a small fully connected
/// network on the standardised beat features, no image), and P(c | not S) for N, V, F, Q from the joined path. The
/// network returns log-probabilities (log σ(z) for S, log σ(−z) + log-softmax of the joined logits for the others),
/// which are also valid logits. Supraventricular beats have a normal QRS; they are told apart by their timing and by
/// how they differ from the patient's template, while the image path learns the training patients' individual
/// morphology and does not carry S to new patients (DS1 patient-wise cross-validation, pooled held-out S Se / +P:
/// 44 % / 38 % with the image in the S decision, 61 % / 49 % from the features alone in a diagnostic build;
/// <c>models/beat-mobilenet-0.10.1/cv-ds1.md</c>). Both paths are trained together with one loss.</para>
/// </summary>
public sealed class BeatMobileNet : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly ConvBn stem;
    private readonly ModuleList<InvertedResidual> blocks;
    private readonly ConvBn head;
    private readonly BatchNorm1d rrNorm;
    private readonly Linear hidden;
    private readonly Linear classifier;
    private readonly Linear rhythmHidden;
    private readonly Linear rhythmClassifier;

    /// <summary>The class whose probability comes from the rhythm-only path (S, index 1 of N, S, V, F, Q).</summary>
    public const int RhythmClass = 1;

    /// <summary>Creates the network with freshly initialised weights (seed them with <c>torch.manual_seed</c> first).</summary>
    /// <param name="options">Network shape.</param>
    public BeatMobileNet(BeatNetOptions options) : base(nameof(BeatMobileNet))
    {
        Options = options;
        int c0 = options.Channels(16);
        int c1 = options.Channels(16);
        int c2 = options.Channels(24);
        int c3 = options.Channels(32);
        int cHead = options.Channels(64);
        stem = new ConvBn("stem", 1, c0, 3, 2, 1, relu: true);
        blocks = nn.ModuleList(
            new InvertedResidual("b1", c0, c1, 1, 1),
            new InvertedResidual("b2", c1, c2, 2, options.Expansion),
            new InvertedResidual("b3", c2, c2, 1, options.Expansion),
            new InvertedResidual("b4", c2, c3, 2, options.Expansion),
            new InvertedResidual("b5", c3, c3, 1, options.Expansion));
        head = new ConvBn("head", c3, cHead, 1, 1, 1, relu: true);
        HeadChannels = cHead;
        rrNorm = TorchScalars.WithoutBatchCounter(nn.BatchNorm1d(options.RrFeatureCount));
        hidden = nn.Linear(cHead + options.RrFeatureCount, options.HiddenUnits);
        classifier = nn.Linear(options.HiddenUnits, options.ClassCount);
        rhythmHidden = nn.Linear(options.RrFeatureCount, options.HiddenUnits);
        rhythmClassifier = nn.Linear(options.HiddenUnits, 1);
        RegisterComponents();
    }

    /// <summary>Network shape.</summary>
    public BeatNetOptions Options { get; }

    /// <summary>Channels after the head convolution (pooled feature count).</summary>
    public int HeadChannels { get; }

    /// <summary>The stem convolution.</summary>
    public ConvBn Stem => stem;

    /// <summary>The inverted-residual blocks in order.</summary>
    public IList<InvertedResidual> Blocks => blocks;

    /// <summary>The 1×1 head convolution.</summary>
    public ConvBn Head => head;

    /// <summary>The batch normalisation of the beat features before the join.</summary>
    public BatchNorm1d RrNorm => rrNorm;

    /// <summary>The hidden fully connected layer (after the join with the RR features).</summary>
    public Linear Hidden => hidden;

    /// <summary>The output layer of the joined path (its <see cref="RhythmClass"/> output is not used).</summary>
    public Linear Classifier => classifier;

    /// <summary>The hidden layer of the rhythm-only path (beat features only).</summary>
    public Linear RhythmHidden => rhythmHidden;

    /// <summary>The output layer of the rhythm-only path: one logit z, P(<see cref="RhythmClass"/>) = σ(z).</summary>
    public Linear RhythmClassifier => rhythmClassifier;

    /// <summary>1 for <see cref="RhythmClass"/>, 0 for the others (length <paramref name="classCount"/>).</summary>
    /// <param name="classCount">Number of classes.</param>
    public static float[] RhythmMask(int classCount)
    {
        var m = new float[classCount];
        m[RhythmClass] = 1;
        return m;
    }

    /// <summary>
    /// Probability that, in training mode, a beat's pooled image features are zeroed (modality dropout, see
    /// <see cref="TrainingOptions.ImageDropout"/>); ignored in evaluation mode.
    /// </summary>
    public double ImageDropout { get; set; }

    /// <summary>
    /// Bias given to the joined path's unused <see cref="RhythmClass"/> output so that it drops out of that path's
    /// softmax (exp(−10⁴) is 0 in float).
    /// </summary>
    public const float ExcludedLogit = -1e4f;

    /// <summary>Computes class log-probabilities (usable as logits).</summary>
    /// <param name="spectrogram">[N, 1, 32, 32] spectrogram, int8 values divided by 128.</param>
    /// <param name="rr">[N, RrFeatureCount] RR features.</param>
    public override Tensor forward(Tensor spectrogram, Tensor rr)
    {
        using var scope = NewDisposeScope();
        Tensor x = stem.forward(spectrogram);
        foreach (InvertedResidual block in blocks)
            x = block.forward(x);
        x = head.forward(x);
        x = nn.functional.adaptive_avg_pool2d(x, 1).flatten(1);
        if (training && ImageDropout > 0)
        {
            using Scalar p = ImageDropout; // explicit scalars throughout: see TorchScalars
            x = x.mul(rand(x.shape[0], 1, device: x.device).ge(p).to_type(x.dtype));
        }
        Tensor features = rrNorm.forward(rr);
        x = cat(new[] { x, features }, 1);
        x = nn.functional.relu(hidden.forward(x));
        Tensor joined = classifier.forward(x);
        Tensor z = rhythmClassifier.forward(nn.functional.relu(rhythmHidden.forward(features)));
        float[] m = RhythmMask(Options.ClassCount);
        Tensor rhythmMask = tensor(m, device: joined.device);
        Tensor othersMask = tensor(m.Select(v => 1 - v).ToArray(), device: joined.device);
        Tensor excluded = tensor(m.Select(v => v * ExcludedLogit).ToArray(), device: joined.device);
        Tensor others = nn.functional.log_softmax(joined.add(excluded, TorchScalars.One), 1).sub(z.softplus()); // log σ(−z) = −softplus(z)
        Tensor rhythmClass = z.neg().softplus().neg(); // log σ(z)
        return others.mul(othersMask).add(rhythmClass.mul(rhythmMask), TorchScalars.One).MoveToOuterDisposeScope();
    }
}
