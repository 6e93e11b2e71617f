namespace MotCua.Data.Surveys;

/// <summary>
/// A tally row of <c>surveys</c>, beside the answers in their day-and-unit partition: how many answers one visitor
/// gave at one counter that day (row <see cref="SurveyKeys.TallyRowKey"/>, a one-way hash of the day's
/// visitor hash and the counter). The rate limit reads it by its key and moves it in the same transaction that
/// inserts the answer, so the count and the answers cannot disagree.
/// </summary>
public sealed record SurveyTallyEntity : TableRow
{
    /// <summary>Answers stored (flagged or not) for this visitor at this counter today.</summary>
    public int Count { get; set; }
}
