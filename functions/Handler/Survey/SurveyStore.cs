using Azure;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Surveys;

namespace MotCua.Handler.Survey;

/// <summary>
/// The <c>surveys</c> table. One answer is one transaction in its day-and-unit partition: the answer, inserted if
/// absent, and the visitor's tally at that counter, inserted or moved on with If-Match. A retry finds its row already
/// there (the transaction fails on it and nothing is written) and is treated as stored; a failure leaves nothing
/// behind. The tally is read by its key, so the rate limit costs one point read however many rows stuffing left.
/// </summary>
public sealed class SurveyStore(TableServiceClient tables)
{
    /// <summary>Tally races lost before the answer is stored without moving the tally, flagged <c>rate</c>.</summary>
    public const int MaxTallyAttempts = 4;

    private readonly TableClient _table = tables.GetTableClient(TableNames.Surveys);

    /// <summary>
    /// Stores the record <paramref name="recordFor"/> makes from the visitor's earlier answers at the counter today,
    /// unless its row exists; true when this call stored it.
    /// </summary>
    public async Task<bool> AddAsync(Func<int, SurveyRecord> recordFor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = recordFor(0);
            var tally = await ReadTallyAsync(probe.PartitionKey, probe.TallyRowKey, ct);
            var record = recordFor(tally?.Count ?? 0);
            if (attempt > MaxTallyAttempts)
            {
                // Many answers from one visitor at once: that is stuffing, whatever the tally says.
                return await InsertAloneAsync(record with { MisuseReason = record.Misuse ? record.MisuseReason : SurveyRecord.MisuseRate }, ct);
            }

            var outcome = await TryInsertAsync(record, tally, ct);
            if (outcome is not null)
            {
                return outcome.Value;
            }
        }
    }

    private Task<SurveyTallyEntity?> ReadTallyAsync(string partition, string row, CancellationToken ct) =>
        _table.FindAsync<SurveyTallyEntity>(partition, row, null, ct);

    /// <summary>True: stored; false: already stored; null: the tally moved under us, read it again.</summary>
    private async Task<bool?> TryInsertAsync(SurveyRecord record, SurveyTallyEntity? tally, CancellationToken ct)
    {
        var next = new SurveyTallyEntity { PartitionKey = record.PartitionKey, RowKey = record.TallyRowKey, Count = (tally?.Count ?? 0) + 1 };
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, SurveyEntity.From(record)),
            tally is null
                ? new(TableTransactionActionType.Add, next)
                : new(TableTransactionActionType.UpdateReplace, next, tally.ETag),
        ];
        try
        {
            await _table.WithTableAsync(() => _table.SubmitTransactionAsync(actions, ct), ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return e.FailedTransactionActionIndex == 0 || await ExistsAsync(record, ct) ? false : null;
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // Found missing again once the table is there: the tally row went away under us. Read it again.
            return null;
        }
    }

    private async Task<bool> ExistsAsync(SurveyRecord record, CancellationToken ct) =>
        await _table.FindAsync<SurveyEntity>(record.PartitionKey, record.RowKey, [nameof(SurveyEntity.RowKey)], ct) is not null;

    private async Task<bool> InsertAloneAsync(SurveyRecord record, CancellationToken ct)
    {
        try
        {
            await _table.WithTableAsync(() => _table.AddEntityAsync(SurveyEntity.From(record), ct), ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
