using EdgeEcg.ModelTools.Evaluation.Matching;

namespace EdgeEcg.ModelTools.Evaluation.Qrs;

/// <summary>QRS detection results for one record.</summary>
/// <param name="Record">Record name.</param>
/// <param name="Scored">Counts over the EC57 test period (after the learning period).</param>
/// <param name="AllBeats">Counts over every beat (comparison from sample 0).</param>
/// <param name="UnreadableSeconds">Time the test annotator marked unreadable (shutdown), whole record, seconds.</param>
public sealed record QrsRecordResult(string Record, MatchCounts Scored, MatchCounts AllBeats, double UnreadableSeconds);
