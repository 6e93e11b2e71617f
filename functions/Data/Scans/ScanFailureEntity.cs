namespace MotCua.Data.Scans;

/// <summary>
/// A row of <c>scanfailures</c>: how many scans one handler instance could not record on one day.
/// Partition <c>yyyyMMdd</c> (Vietnam-local), row the instance id; <see cref="Count"/> is an Int64.
/// </summary>
public sealed record ScanFailureEntity : TableRow
{
    public long Count { get; set; }
}
