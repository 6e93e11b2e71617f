namespace MotCua.Stats.Rollups;

/// <summary>
/// One row of the <c>scans</c> table as the statistics count it: a scan of a printed code or a click
/// on a procedure's online-filing link, on the Vietnam-local day it happened.
/// </summary>
public sealed record ScanFact(
    string Unit,
    DateOnly Date,
    string Code,
    string Kind,
    string Target,
    string Placement,
    bool IsPortal,
    bool IsBot);
