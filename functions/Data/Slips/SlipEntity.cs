using Azure.Data.Tables;
using MotCua.Domain.Slips;

namespace MotCua.Data.Slips;

/// <summary>
/// A row of <c>slips</c>: one printed slip (partition <c>s-</c> + the id's first character, row key the id). Written by
/// <c>publisher slips</c> before the sheet is saved; the slip endpoint reads it to know the slip and its office.
/// </summary>
public sealed record SlipEntity : TableRow
{
    public string? Unit { get; set; }

    /// <summary>The office's name as printed on the label, shown above the form.</summary>
    public string? UnitName { get; set; }

    /// <summary>The print run it came from.</summary>
    public string? Batch { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local day of printing.</summary>
    public string? PrintedDate { get; set; }

    public static SlipEntity From(SlipBatch batch, string id)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new()
        {
            PartitionKey = SlipKeys.SlipPartition(id),
            RowKey = id,
            Unit = batch.Unit,
            UnitName = batch.UnitName,
            Batch = batch.Batch,
            PrintedDate = batch.Printed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Every batch row (partition <c>batch</c>); values are literals.</summary>
    public static string BatchesFilter() => TableClient.CreateQueryFilter($"PartitionKey eq {SlipKeys.BatchPartition}");
}

/// <summary>A row of <c>slips</c>: one print run (partition <c>batch</c>, row key <c>unit|yyyyMMdd|BATCH</c>): the number handed out.</summary>
public sealed record SlipBatchEntity : TableRow
{
    public string? Unit { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, Vietnam-local day of printing.</summary>
    public string? PrintedDate { get; set; }

    /// <summary>Slips printed in the run.</summary>
    public int Count { get; set; }

    /// <summary>The label sheet printed on (<see cref="SlipLabelLayout.Name"/>).</summary>
    public string? Layout { get; set; }

    public static SlipBatchEntity From(SlipBatch batch, SlipLabelLayout layout)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(layout);
        return new()
        {
            PartitionKey = SlipKeys.BatchPartition,
            RowKey = SlipKeys.BatchRow(batch.Unit, batch.Printed, batch.Batch),
            Unit = batch.Unit,
            PrintedDate = batch.Printed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Count = batch.Ids.Count,
            Layout = layout.Name,
        };
    }
}
