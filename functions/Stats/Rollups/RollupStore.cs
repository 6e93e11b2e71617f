using Azure;
using Azure.Data.Tables;
using MotCua.Data.Stats;

namespace MotCua.Stats.Rollups;

/// <summary>
/// Adds a window's rollups to <c>statsdaily</c>, exactly once.
/// <para>
/// Why exactly once: the rollup writes and the watermark move are separate writes, so a run can
/// die between them. Each row therefore records the end of the last window added to it
/// (<c>AppliedThrough</c>). A window is only ever counted under its claim on the watermark, and a
/// run that finishes a dead run's window reuses that window's end, so a row already carrying it is
/// skipped. Each row is replaced with If-Match on the ETag read (or inserted, failing if it exists),
/// in transactions of up to 100 rows of one unit; a run that loses a race on a row reads it again
/// and finds the window already added. The watermark moves only after every row has it.
/// </para>
/// </summary>
internal sealed class RollupStore(TableClient daily)
{
    private const int MaxAttempts = 5;

    /// <summary>Rows read to add the window (the existing rows of the days it touched).</summary>
    public long RowsRead { get; private set; }

    public async Task ApplyAsync(IReadOnlyList<RollupRow> rows, long windowEnd, CancellationToken cancellationToken)
    {
        foreach (var unit in rows.GroupBy(r => r.Unit, StringComparer.Ordinal))
        {
            var existing = await ReadAffectedAsync(unit.Key, [.. unit], cancellationToken);
            foreach (var chunk in unit.Chunk(TableLimits.TransactionSize))
            {
                await ApplyChunkAsync(chunk, existing, windowEnd, cancellationToken);
            }
        }
    }

    private async Task ApplyChunkAsync(RollupRow[] chunk, Dictionary<string, TableEntity> existing, long windowEnd, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            foreach (var row in chunk)
            {
                var known = existing.GetValueOrDefault(row.RowKey);
                if (known is not null && RollupRows.Long(known, DailyColumns.AppliedThrough) >= windowEnd)
                {
                    continue;
                }

                var next = Merge(row, known, windowEnd);
                actions.Add(known is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, next)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, known.ETag));
            }

            if (actions.Count == 0)
            {
                return;
            }

            try
            {
                await daily.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another run wrote one of these rows since they were read: read them again; the ones
                // that already carry this window are then skipped.
                foreach (var row in chunk)
                {
                    var fresh = await daily.GetEntityIfExistsAsync<TableEntity>(row.Unit, row.RowKey, null, cancellationToken);
                    RowsRead++;
                    existing.Remove(row.RowKey);
                    if (fresh.HasValue && fresh.Value is not null)
                    {
                        existing[row.RowKey] = fresh.Value;
                    }
                }
            }
        }
    }

    private static TableEntity Merge(RollupRow row, TableEntity? known, long windowEnd)
    {
        var next = new TableEntity(row.Unit, row.RowKey);
        if (known is not null)
        {
            foreach (var (name, value) in known)
            {
                if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && !name.EndsWith("@odata.type", StringComparison.Ordinal))
                {
                    next[name] = value;
                }
            }
        }

        foreach (var (name, value) in row.Labels)
        {
            next[name] = value;
        }

        foreach (var (name, value) in row.Counts)
        {
            next[name] = (known is null ? 0 : RollupRows.Long(known, name)) + value;
        }

        next[DailyColumns.AppliedThrough] = windowEnd;
        return next;
    }

    /// <summary>The unit's rows the window can change: details and sums of its days, the totals, and its months of slip answers.</summary>
    private async Task<Dictionary<string, TableEntity>> ReadAffectedAsync(string unit, List<RollupRow> rows, CancellationToken cancellationToken)
    {
        var days = rows.Select(r => r.RowKey).Where(k => k.StartsWith(StatsRowKeys.DayStart, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var ranges = new List<(string From, string To)> { (StatsRowKeys.TotalStart, StatsRowKeys.TotalEnd) };
        if (days.Count > 0)
        {
            var first = days[0][2..];
            var last = days[^1][2..];
            ranges.Add(($"d|{first}|", $"d|{last}}}"));
            ranges.Add(($"y|{first}", $"y|{last}~"));
            ranges.Add(($"q|{first}|", $"q|{last}}}"));
        }

        var months = rows.Select(r => r.RowKey).Where(k => k.StartsWith(StatsRowKeys.SlipMonthStart, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (months.Count > 0)
        {
            ranges.Add((months[0], months[^1] + "~"));
        }

        var existing = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        foreach (var (from, to) in ranges)
        {
            await foreach (var e in daily.QueryAsync<TableEntity>(StatsRowKeys.RangeFilter(unit, from, to), TableLimits.PageSize, null, cancellationToken))
            {
                RowsRead++;
                existing[e.RowKey] = e;
            }
        }

        return existing;
    }
}
