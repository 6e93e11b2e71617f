using Azure.Data.Tables;

namespace MotCua.Data.Stats;

/// <summary>
/// A unit that has statistics: one row of <c>statsstate</c> each (partition <c>unit</c>, row the escaped unit),
/// so a publication finds the units with one small query instead of scanning <c>statsdaily</c>.
/// </summary>
public sealed record UnitEntity : TableRow
{
    public const string Partition = "unit";

    public UnitEntity()
    {
        PartitionKey = Partition;
    }

    public string? Unit { get; set; }

    public static UnitEntity For(string unit) => new() { RowKey = StatsRowKeys.Escape(unit), Unit = unit };

    /// <summary>Every unit row.</summary>
    public static string AllFilter() => TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
}
