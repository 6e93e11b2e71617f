using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>Scans of one partition that go to storage as one transaction, kept until storage has them.</summary>
internal sealed class ScanBatch(string partitionKey, List<ScanEntity> scans)
{
    /// <summary>Table storage's limit of operations in one transaction.</summary>
    public const int MaxSize = 100;

    public string PartitionKey { get; private set; } = partitionKey;

    public List<ScanEntity> Scans { get; } = scans;

    /// <summary>Upsert instead of add: set once an attempt found rows of this batch already stored.</summary>
    public bool Replace { get; set; }

    public bool Written { get; set; }

    /// <summary>An attempt failed in a way that may or may not have stored it (a lost answer looks like an outage).</summary>
    public bool HasFailed { get; set; }

    /// <summary>When its keys were made: the instant its row keys start with.</summary>
    public DateTimeOffset KeyedAt => new(ScanKeys.TicksOfRowKey(Scans[0].RowKey), TimeSpan.Zero);

    /// <summary>
    /// Gives every scan keys of <paramref name="now"/>, in the same shard, each its own tick, each keeping its random
    /// bits. The statistics read scans by the time in their keys and trust that nothing lands behind them later than
    /// their safety lag; a batch stored only after an outage must therefore carry the time it is stored, not the
    /// time of the scan (which its LocalTime column keeps).
    /// </summary>
    public void Rekey(DateTimeOffset now)
    {
        PartitionKey = ScanKeys.PartitionKey(now, ScanKeys.ShardOfPartition(PartitionKey));
        for (var i = 0; i < Scans.Count; i++)
        {
            Scans[i].PartitionKey = PartitionKey;
            Scans[i].RowKey = ScanKeys.RowKey(now.AddTicks(i), ScanKeys.RandomOfRowKey(Scans[i].RowKey));
        }

        Replace = false;
    }

    /// <summary>Scans grouped by partition, each group cut into transactions of at most <see cref="MaxSize"/>.</summary>
    public static IEnumerable<ScanBatch> Of(IEnumerable<ScanEntity> scans) =>
        scans.GroupBy(s => s.PartitionKey, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(MaxSize).Select(chunk => new ScanBatch(group.Key, [.. chunk])));
}
