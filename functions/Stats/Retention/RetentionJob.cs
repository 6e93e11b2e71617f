using System.Globalization;
using Azure;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Privacy;
using MotCua.Data.Slips;
using MotCua.Domain.Text;

namespace MotCua.Stats.Retention;

/// <summary>What one retention run deleted: raw events and day keys of the days before <see cref="KeptFrom"/>.</summary>
public sealed record RetentionReport(DateOnly? KeptFrom, long ScansDeleted, long AnswersDeleted)
{
    public static readonly RetentionReport Nothing = new(null, 0, 0);

    /// <summary>Visitor day keys deleted: past the limit, or of days the statistics have finished with.</summary>
    public long KeysDeleted { get; init; }

    public long Deleted => ScansDeleted + AnswersDeleted;
}

/// <summary>
/// Deletes raw answers and scans (tables <c>surveys</c> and <c>slipanswers</c>, then <c>scans</c>) of whole Vietnam-local days that ended
/// more than <see cref="RetentionOptions.Days"/> ago, whether or not the statistics have counted them: the limit is a
/// promise to citizens, and it holds while the statistics are failing (the runner calls this first, on its own).
/// Answers go first: they hold comments. On a healthy system the statistics counted those days long before, so no
/// published figure changes.
/// <para>
/// Both tables' partition keys start with the day (<c>yyyyMMdd-sN</c>, <c>yyyyMMdd-&lt;unit&gt;</c>), so "every day
/// before D" is one partition-key range, read keys only. It is incremental without any state of its own: deleted rows
/// are gone, so a run reads only what it deletes. Deletes go in table transactions of at most 100 rows of one
/// partition. <c>scanfailures</c> is kept: its rows are per-day counts per handler instance, hold nothing about a
/// person, and its all-time sum is a published figure. Visitor day keys (<c>visitorkeys</c>) go once the statistics
/// have counted their day (<see cref="DeleteCountedDayKeysAsync"/>), and past the limit in any case.
/// </para>
/// </summary>
public sealed class RetentionJob(TableServiceClient tables, RetentionOptions options)
{
    private static readonly string[] KeyColumns = [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)];

    private readonly TableClient _scans = tables.GetTableClient(TableNames.Scans);
    private readonly TableClient _surveys = tables.GetTableClient(TableNames.Surveys);
    private readonly TableClient _slipAnswers = tables.GetTableClient(TableNames.SlipAnswers);
    private readonly TableClient _keys = tables.GetTableClient(TableNames.VisitorKeys);

    /// <summary>Deletes the raw events (answers first) and day keys of every day before <see cref="FirstKeptDay"/>, up to the run's budget.</summary>
    public async Task<RetentionReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keptFrom = FirstKeptDay(now);
        var bound = keptFrom.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var answers = await DeleteBeforeAsync(_surveys, TableClient.CreateQueryFilter($"PartitionKey lt {bound}"), options.MaxDeletesPerRun, cancellationToken);
        answers += await DeleteBeforeAsync(_slipAnswers, SlipAnswersBefore(keptFrom), options.MaxDeletesPerRun - answers, cancellationToken);
        var scans = await DeleteBeforeAsync(_scans, TableClient.CreateQueryFilter($"PartitionKey lt {bound}"), options.MaxDeletesPerRun - answers, cancellationToken);
        var keys = await DeleteBeforeAsync(_keys, VisitorKeyEntity.DaysBeforeFilter(bound), TableLimits.PageSize, cancellationToken);
        return new RetentionReport(keptFrom, scans, answers) { KeysDeleted = keys };
    }

    /// <summary>
    /// Deletes the visitor day keys of the days the statistics have counted in full: every day before the one the
    /// watermark <paramref name="countedThrough"/> (UTC ticks) falls in. No answer of those days can come any more, and
    /// nothing they stored can be matched to a visitor again.
    /// </summary>
    public async Task<long> DeleteCountedDayKeysAsync(long countedThrough, CancellationToken cancellationToken)
    {
        if (countedThrough <= 0)
        {
            return 0;
        }

        var day = VietnamTime.DateKey(new DateTimeOffset(countedThrough, TimeSpan.Zero));
        return await DeleteBeforeAsync(_keys, VisitorKeyEntity.DaysBeforeFilter(day), TableLimits.PageSize, cancellationToken);
    }

    /// <summary>
    /// Slip answers of the days before <paramref name="keptFrom"/>, every office: answer keys start with the day (the
    /// slips' use rows, <c>u-…</c>, sort after them and stay, or a slip could be answered again).
    /// </summary>
    private static string SlipAnswersBefore(DateOnly keptFrom)
    {
        var (from, to) = (SlipKeys.AnswersFrom(""), SlipKeys.AnswersOfDay(keptFrom));
        return TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}");
    }

    /// <summary>The first day whose raw events are kept: every earlier day ended <see cref="RetentionOptions.Days"/> days before <paramref name="now"/>.</summary>
    public DateOnly FirstKeptDay(DateTimeOffset now) => VietnamTime.Date(now - TimeSpan.FromDays(options.Days));

    private static async Task<long> DeleteBeforeAsync(TableClient table, string filter, long budget, CancellationToken cancellationToken)
    {
        long deleted = 0;
        if (budget <= 0)
        {
            return deleted;
        }

        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(filter, TableLimits.PageSize, KeyColumns, cancellationToken).AsPages())
            {
                foreach (var partition in page.Values.Take((int)Math.Min(budget - deleted, TableLimits.PageSize)).GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
                {
                    foreach (var chunk in partition.Chunk(TableLimits.TransactionSize))
                    {
                        await DeleteAsync(table, chunk, cancellationToken);
                        deleted += chunk.Length;
                    }
                }

                if (deleted >= budget)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No table, nothing to delete.
        }

        return deleted;
    }
    private static async Task DeleteAsync(TableClient table, TableEntity[] rows, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(rows.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All)), cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // Another run deleted one of these rows first, which fails the whole transaction: delete the rest one by one
            // (a single delete of a row already gone succeeds).
            foreach (var row in rows)
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
        }
    }
}
