using MotCua.Storage.Tables;

namespace MotCua.Stats;

/// <summary>
/// The units that have statistics, one row each in <c>statsstate</c> (partition <c>unit</c>), so a
/// publication finds them with one small query instead of scanning <c>statsdaily</c>.
/// </summary>
internal sealed class UnitIndex(TableClient state)
{
    private const string PartitionKey = "unit";

    public async Task AddAsync(IEnumerable<string> units, CancellationToken cancellationToken)
    {
        foreach (var unit in units)
        {
            await state.UpsertEntityAsync(new TableEntity(PartitionKey, StatsRowKeys.Escape(unit)) { ["Unit"] = unit }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<List<string>> ListAsync(CancellationToken cancellationToken)
    {
        var units = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey}");
        await foreach (var e in state.QueryAsync<TableEntity>(filter, 1000, null, cancellationToken))
        {
            units.Add(e.GetString("Unit") ?? e.RowKey);
        }

        return units;
    }
}
