using Azure.Data.Tables;

namespace MotCua.Data.Scans;

/// <summary>
/// A row of <c>scans</c>: one scan or portal click, made by <see cref="ScanEntityFactory"/> with nothing that
/// identifies the person (no address, no user agent, no visitor hash: no statistic counts scans by visitor, so no scan
/// can be linked to another, or to a survey answer). Its properties are the table's columns, declared here only: the
/// privacy notice (<c>StoredTables</c>) and the statistics name them by <c>nameof</c>. Keys come from <see cref="ScanKeys"/>: partition
/// <c>yyyyMMdd-sN</c> (Vietnam-local day, shard), row <c>{utcTicks:D19}-{8 hex}</c>. Every column is a string
/// except <see cref="IsBot"/> (Boolean).
/// </summary>
public sealed record ScanEntity : TableRow
{
    /// <summary><c>scan</c> or <c>portal</c>.</summary>
    public string? Event { get; set; }

    public string? Code { get; set; }

    /// <summary><c>procedure</c>, <c>board</c> or <c>counter</c>.</summary>
    public string? Kind { get; set; }

    public string? Target { get; set; }

    public string? Placement { get; set; }

    public string? Unit { get; set; }

    /// <summary>Vietnam-local time with offset, e.g. <c>2026-11-22T15:04:05+07:00</c>.</summary>
    public string? LocalTime { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public string? LocalDate { get; set; }

    /// <summary><c>mobile</c>, <c>tablet</c> or <c>desktop</c>.</summary>
    public string? Device { get; set; }

    public bool IsBot { get; set; }

    /// <summary>The classifier's reason key, empty for people.</summary>
    public string? BotReason { get; set; }

    /// <summary>The referring page's host only, empty when none.</summary>
    public string? Referrer { get; set; }

    // No Visitor column: nothing counts scans by visitor. Older rows may still carry one; nothing reads it, and
    // retention deletes those rows with the rest.

    /// <summary>
    /// Scans of the window (<paramref name="afterTicks"/>, <paramref name="throughTicks"/>] of UTC ticks, which start
    /// their row keys: in one partition or, without one, over the whole table.
    /// </summary>
    public static string WindowFilter(string? partitionKey, long afterTicks, long throughTicks)
    {
        var from = ScanKeys.TicksPrefix(afterTicks + 1);
        var to = ScanKeys.TicksPrefix(throughTicks + 1);
        return partitionKey is null
            ? TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {to}");
    }
}
