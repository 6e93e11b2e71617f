using Azure.Data.Tables;

namespace MotCua.Data.Privacy;

/// <summary>
/// A row of <c>visitorkeys</c>: the random key of one Vietnam-local day (partition <c>day</c>, row <c>yyyyMMdd</c>),
/// shared by every instance of the app so that one visitor is one visitor on all of them. The first instance to need
/// a day's key inserts it (insert-if-absent); the others read that one. The statistics job deletes a day's row once
/// the day is counted, and with it every way of recomputing that day's visitor hashes.
/// </summary>
public sealed record VisitorKeyEntity : TableRow
{
    public const string Partition = "day";

    public VisitorKeyEntity()
    {
        PartitionKey = Partition;
    }

    /// <summary>The day's key: <see cref="Domain.Privacy.VisitorHasher.KeyBytes"/> random bytes.</summary>
    public byte[]? Key { get; set; }

    /// <summary>The keys of days before <paramref name="day"/> (<c>yyyyMMdd</c>): those the statistics have finished with.</summary>
    public static string DaysBeforeFilter(string day) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {day}");
}
