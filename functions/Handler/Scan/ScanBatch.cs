using MotCua.Data.Scans;

namespace MotCua.Handler.Scan;

/// <summary>Scans of one partition that go to storage as one transaction, kept until storage has them.</summary>
internal sealed class ScanBatch(string partitionKey, List<ScanEntity> scans)
{
    /// <summary>Table storage's limit of operations in one transaction.</summary>
    public const int MaxSize = 100;

    public string PartitionKey { get; } = partitionKey;

    public List<ScanEntity> Scans { get; } = scans;

    /// <summary>Upsert instead of add: set once an attempt found rows of this batch already stored.</summary>
    public bool Replace { get; set; }

    public bool Written { get; set; }

    /// <summary>Scans grouped by partition, each group cut into transactions of at most <see cref="MaxSize"/>.</summary>
    public static IEnumerable<ScanBatch> Of(IEnumerable<ScanEntity> scans) =>
        scans.GroupBy(s => s.PartitionKey, StringComparer.Ordinal)
            .SelectMany(group => group.Chunk(MaxSize).Select(chunk => new ScanBatch(group.Key, [.. chunk])));
}
