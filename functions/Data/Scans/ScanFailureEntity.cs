using Azure;
using Azure.Data.Tables;

namespace MotCua.Data.Scans;

/// <summary>
/// A row of <c>scanfailures</c>: how many scans one handler instance could not record on one day.
/// Partition <c>yyyyMMdd</c> (Vietnam-local), row the instance id; <see cref="Count"/> is an Int64.
/// </summary>
public sealed record ScanFailureEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long Count { get; set; }
}
