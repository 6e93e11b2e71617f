namespace MotCua.Stats;

/// <summary>Table names (a contract shared with the scan and survey endpoints) and the scans table's sharding.</summary>
public static class StatsTables
{
    public const string Scans = "scans";
    public const string Surveys = "surveys";
    public const string ScanFailures = "scanfailures";
    public const string Daily = "statsdaily";
    public const string State = "statsstate";

    /// <summary>Scans partitions are <c>yyyyMMdd-s0</c> … <c>yyyyMMdd-s7</c>.</summary>
    public const int ScanShards = 8;

    public static readonly string[] All = [Scans, Surveys, ScanFailures, Daily, State];
}
