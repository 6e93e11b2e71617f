namespace MotCua.Stats.Rollups;

/// <summary>One row of the <c>surveys</c> table as the statistics count it: an answer given at a counter on a Vietnam-local day.</summary>
public sealed record AnswerFact(string Unit, DateOnly Date, string Counter, int Option, bool IsMisuse);
