namespace EdgeEcg.ModelTools.Evaluation.Rhythm;

/// <summary>Atrial fibrillation detection on one record (EVALUATION.md: episode and duration Se and +P against <c>(AFIB</c>).</summary>
/// <param name="Record">Record name.</param>
/// <param name="ReferenceEpisodes">Reference <c>(AFIB</c> episodes.</param>
/// <param name="DetectedEpisodes">Episodes the detector reported.</param>
/// <param name="ReferenceEpisodesFound">Reference episodes that overlap a detected one.</param>
/// <param name="DetectedEpisodesTrue">Detected episodes that overlap a reference one.</param>
/// <param name="ReferenceSeconds">Reference fibrillation time.</param>
/// <param name="DetectedSeconds">Detected fibrillation time.</param>
/// <param name="OverlapSeconds">Time both call fibrillation.</param>
public sealed record AfRecordResult(string Record, int ReferenceEpisodes, int DetectedEpisodes, int ReferenceEpisodesFound, int DetectedEpisodesTrue,
    double ReferenceSeconds, double DetectedSeconds, double OverlapSeconds);
