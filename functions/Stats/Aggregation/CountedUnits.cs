using Azure.Data.Tables;
using MotCua.Data.Stats;

namespace MotCua.Stats.Aggregation;

/// <summary>
/// The units that have statistics (counted at least once), one <see cref="UnitEntity"/> each in <c>statsstate</c>, so a
/// publication finds them with one small query instead of scanning <c>statsdaily</c>.
/// </summary>
internal sealed class CountedUnits(TableClient state)
{
    public async Task AddAsync(IEnumerable<string> units, CancellationToken cancellationToken)
    {
        foreach (var unit in units)
        {
            await state.UpsertEntityAsync(UnitEntity.For(unit), TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<List<string>> ListAsync(CancellationToken cancellationToken)
    {
        var units = new List<string>();
        await foreach (var e in state.QueryAsync<UnitEntity>(UnitEntity.AllFilter(), TableLimits.PageSize, null, cancellationToken))
        {
            units.Add(e.Unit ?? e.RowKey);
        }

        return units;
    }
}
