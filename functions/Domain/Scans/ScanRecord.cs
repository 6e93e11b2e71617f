namespace MotCua.Domain.Scans;

/// <summary>
/// One entity of the <c>scans</c> table: a scan or a portal click, with nothing that identifies the
/// person (no address, no user agent, no visitor hash: no statistic counts scans by visitor, so no scan can be
/// linked to another, or to a survey answer).
/// </summary>
public sealed record ScanRecord
{
    public required string PartitionKey { get; init; }
    public required string RowKey { get; init; }

    /// <summary><c>scan</c> or <c>portal</c>.</summary>
    public required string Event { get; init; }
    public required string Code { get; init; }

    /// <summary><c>procedure</c>, <c>board</c> or <c>counter</c>.</summary>
    public required string Kind { get; init; }
    public required string Target { get; init; }
    public required string Placement { get; init; }
    public required string Unit { get; init; }

    /// <summary>Vietnam-local time with offset, e.g. <c>2026-11-22T15:04:05+07:00</c>.</summary>
    public required string LocalTime { get; init; }

    /// <summary>Vietnam-local date, e.g. <c>2026-11-22</c>.</summary>
    public required string LocalDate { get; init; }

    /// <summary><c>mobile</c>, <c>tablet</c> or <c>desktop</c>.</summary>
    public required string Device { get; init; }
    public required bool IsBot { get; init; }

    /// <summary>The classifier's reason key, empty for people.</summary>
    public required string BotReason { get; init; }

    /// <summary>The referring page's host only, empty when none.</summary>
    public required string Referrer { get; init; }
}
