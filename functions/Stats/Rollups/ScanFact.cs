namespace MotCua.Domain.Stats;

/// <summary>
/// One row of the <c>scans</c> table as the statistics read it: a scan of a printed code or a click
/// on a procedure's online-filing link, on the Vietnam-local day it happened.
/// </summary>
public sealed record ScanEvent(
    string Unit,
    DateOnly Date,
    string Code,
    string Kind,
    string Target,
    string Placement,
    bool IsPortal,
    bool IsBot);

/// <summary>One row of the <c>surveys</c> table: an answer given at a counter on a Vietnam-local day.</summary>
public sealed record SurveyAnswer(string Unit, DateOnly Date, string Counter, int Option, bool IsMisuse);
