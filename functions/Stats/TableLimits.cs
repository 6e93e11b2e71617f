namespace MotCua.Stats;

/// <summary>What Azure Tables allows in one request, which the statistics' reads and writes are sized to.</summary>
internal static class TableLimits
{
    /// <summary>A transaction holds at most 100 operations, all on one partition.</summary>
    public const int TransactionSize = 100;

    /// <summary>A query page holds at most 1000 entities: whole pages take the fewest round trips.</summary>
    public const int PageSize = 1000;
}
