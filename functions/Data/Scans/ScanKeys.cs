using System.Globalization;
using MotCua.Domain.Text;

namespace MotCua.Data.Scans;

/// <summary>
/// Keys of the <c>scans</c> table. A partition per Vietnam-local day and shard keeps every partition
/// far below table storage's 2,000 writes/s while a day's statistics still read just
/// <see cref="ShardCount"/> partitions; row keys start with the UTC ticks so they sort by time, and end
/// with random bits so two scans in the same tick never collide.
/// </summary>
public static class ScanKeys
{
    /// <summary>Partitions per day.</summary>
    public const int ShardCount = 8;

    /// <summary><c>yyyyMMdd-sN</c>: the Vietnam-local date of the instant and the shard.</summary>
    public static string PartitionKey(DateTimeOffset instant, int shard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, ShardCount);
        return string.Create(CultureInfo.InvariantCulture, $"{VietnamTime.DateKey(instant)}-s{shard}");
    }

    /// <summary><c>{utcTicks:D19}-{8 hex}</c>.</summary>
    public static string RowKey(DateTimeOffset instant, uint random) =>
        string.Create(CultureInfo.InvariantCulture, $"{TicksPrefix(instant.UtcTicks)}-{random:x8}");

    /// <summary>The start of a row key, <c>{utcTicks:D19}</c>: row keys sort by it, so a time window is a key range.</summary>
    public static string TicksPrefix(long utcTicks) => utcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The shard of a partition key made by <see cref="PartitionKey"/>.</summary>
    public static int ShardOfPartition(string partitionKey) =>
        int.Parse(partitionKey.AsSpan(partitionKey.LastIndexOf("-s", StringComparison.Ordinal) + 2), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The UTC ticks a row key made by <see cref="RowKey"/> starts with.</summary>
    public static long TicksOfRowKey(string rowKey) => long.Parse(rowKey.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The random bits a row key made by <see cref="RowKey"/> ends with.</summary>
    public static uint RandomOfRowKey(string rowKey) => uint.Parse(rowKey.AsSpan(20), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>The shard a scan goes to, taken from the same random bits as its row key.</summary>
    public static int ShardOf(uint random) => (int)(random % ShardCount);

    /// <summary>Every partition key of one Vietnam-local day, for readers of a day's scans.</summary>
    public static IReadOnlyList<string> PartitionKeysOf(DateOnly localDate)
    {
        var start = VietnamTime.StartOfDay(localDate);
        return Enumerable.Range(0, ShardCount).Select(shard => PartitionKey(start, shard)).ToArray();
    }
}
