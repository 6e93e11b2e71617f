namespace MotCua.Data.Stats;

/// <summary>
/// The one row of <c>statsstate</c> (partition <c>watermark</c>, row <c>scans-surveys</c>) that says how far the
/// rollups go. Ticks are Int64 columns; <see cref="ThroughUtc"/> repeats <see cref="Through"/> for people reading the table.
/// </summary>
public sealed record WatermarkEntity : TableRow
{
    public const string Partition = "watermark";
    public const string Row = "scans-surveys";

    public WatermarkEntity()
    {
        PartitionKey = Partition;
        RowKey = Row;
    }

    /// <summary>Events up to these UTC ticks are counted.</summary>
    public long Through { get; set; }

    /// <summary>The end of the window a run is counting, 0 when none.</summary>
    public long Pending { get; set; }

    /// <summary>The id of the run holding the claim.</summary>
    public string? Run { get; set; }

    /// <summary>When (UTC ticks) the claim was made.</summary>
    public long ClaimedAt { get; set; }

    public DateTimeOffset ThroughUtc { get; set; }
}
