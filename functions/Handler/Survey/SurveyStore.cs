using Azure;
using MotCua.Domain.Surveys;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Surveys;

namespace MotCua.Handler.Survey;

/// <summary>
/// The <c>surveys</c> table. One answer is one insert-if-absent of one entity: a retry finds its row
/// already there (409) and is treated as stored, and a failure leaves nothing behind.
/// </summary>
public sealed class SurveyStore(TableServiceClient tables)
{
    /// <summary>The service returns at most this many entities a page.</summary>
    private const int MaxPageSize = 1000;

    private readonly TableClient _table = tables.GetTableClient(TableNames.Surveys);
    private volatile bool _tableReady;

    /// <summary>
    /// How many answers this visitor already gave at this counter today, counted up to <paramref name="limit"/>
    /// only: one filtered query inside today's partition, stopped as soon as the answer is known.
    /// </summary>
    public async Task<int> CountEarlierAsync(string partitionKey, string visitor, string unit, string counter, int limit, CancellationToken ct)
    {
        await EnsureTableAsync(ct);
        var filter = SurveyEntity.VisitorFilter(partitionKey, visitor, unit, counter);
        var count = 0;
        try
        {
            await foreach (var _ in _table.QueryAsync<SurveyEntity>(filter, Math.Min(limit, MaxPageSize), [nameof(SurveyEntity.RowKey)], ct))
            {
                if (++count >= limit)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No table, so no earlier answers; it is made again before the insert.
            _tableReady = false;
            await EnsureTableAsync(ct);
        }

        return count;
    }

    /// <summary>Stores the record unless its row exists; true when this call stored it.</summary>
    public async Task<bool> AddAsync(SurveyRecord record, CancellationToken ct)
    {
        await EnsureTableAsync(ct);
        var entity = SurveyEntity.From(record);
        try
        {
            await _table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The table went away (a new emulator, a cleared account): make it again and try once more.
            _tableReady = false;
            await EnsureTableAsync(ct);
            return await AddAgainAsync(entity, ct);
        }
    }

    private async Task<bool> AddAgainAsync(SurveyEntity entity, CancellationToken ct)
    {
        try
        {
            await _table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private async Task EnsureTableAsync(CancellationToken ct)
    {
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(ct);
            _tableReady = true;
        }
    }
}
