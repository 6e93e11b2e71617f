using Azure;
using Azure.Data.Tables;

namespace MotCua.Data;

/// <summary>What every typed row carries: its keys, the time storage wrote it, and the ETag to write it back conditionally.</summary>
public abstract record TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
