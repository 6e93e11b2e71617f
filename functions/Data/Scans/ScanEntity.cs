using Azure.Data.Tables;
using MotCua.Domain.Scans;

namespace MotCua.Data.Scans;

/// <summary>
/// A row of <c>scans</c>: one scan or portal click. Keys come from <see cref="ScanKeys"/>: partition
/// <c>yyyyMMdd-sN</c> (Vietnam-local day, shard), row <c>{utcTicks:D19}-{8 hex}</c>. Every column is a string
/// except <see cref="IsBot"/> (Boolean).
/// </summary>
public sealed record ScanEntity : TableRow
{
    /// <summary><c>scan</c> or <c>portal</c>.</summary>
    public string? Event { get; set; }

    public string? Code { get; set; }

    public string? Kind { get; set; }

    public string? Target { get; set; }

    public string? Placement { get; set; }

    public string? Unit { get; set; }

    public string? LocalTime { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local.</summary>
    public string? LocalDate { get; set; }

    public string? Device { get; set; }

    public bool IsBot { get; set; }

    public string? BotReason { get; set; }

    public string? Referrer { get; set; }

    // No Visitor column: nothing counts scans by visitor. Older rows may still carry one; nothing reads it, and
    // retention deletes those rows with the rest.

    public static ScanEntity From(ScanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            PartitionKey = record.PartitionKey,
            RowKey = record.RowKey,
            Event = record.Event,
            Code = record.Code,
            Kind = record.Kind,
            Target = record.Target,
            Placement = record.Placement,
            Unit = record.Unit,
            LocalTime = record.LocalTime,
            LocalDate = record.LocalDate,
            Device = record.Device,
            IsBot = record.IsBot,
            BotReason = record.BotReason,
            Referrer = record.Referrer,
        };
    }

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
