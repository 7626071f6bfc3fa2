using EdgeEcg.Dsp.Filters;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>How a QRS evaluation runs.</summary>
public sealed record QrsEvaluationSettings
{
    /// <summary>Database folder name, e.g. <c>mitdb</c> (reported only).</summary>
    public string Database { get; init; } = "mitdb";

    /// <summary>Match window in milliseconds (EC57: 150).</summary>
    public double MatchWindowMs { get; init; } = 150;

    /// <summary>Learning period in minutes, not scored (EC57: 5).</summary>
    public double StartMinutes { get; init; } = 5;

    /// <summary>Signal index the detector runs on (when <see cref="Lead"/> is not set).</summary>
    public int Signal { get; init; }

    /// <summary>
    /// Lead the detector runs on, by its header description (e.g. <c>II</c>, <c>ECG1</c>) or number, instead of
    /// <see cref="Signal"/>; null to use <see cref="Signal"/>.
    /// </summary>
    public string? Lead { get; init; }

    /// <summary>Mains frequency to notch (MIT-BIH was recorded with 60 Hz mains).</summary>
    public MainsFrequency Mains { get; init; } = MainsFrequency.Hz60;

    /// <summary>Keep detector beats inside unreadable stretches (by default the chain drops them).</summary>
    public bool KeepBeatsInUnreadable { get; init; }

    /// <summary>Folder of test annotation files to score instead of running the detector, or null.</summary>
    public string? AnnotationDirectory { get; init; }

    /// <summary>Test annotator name (file extension) when <see cref="AnnotationDirectory"/> is set.</summary>
    public string Annotator { get; init; } = "edg";

    /// <summary>Reference annotator name (file extension).</summary>
    public string ReferenceAnnotator { get; init; } = "atr";

    /// <summary>Records evaluated in parallel.</summary>
    public int Parallelism { get; init; } = 2;
}
