using System.Globalization;
using Azure;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Domain.Text;

namespace MotCua.Stats.Retention;

/// <summary>What one retention run deleted: raw events of the days before <see cref="KeptFrom"/>.</summary>
public sealed record RetentionReport(DateOnly? KeptFrom, long ScansDeleted, long AnswersDeleted)
{
    public static readonly RetentionReport Nothing = new(null, 0, 0);

    public long Deleted => ScansDeleted + AnswersDeleted;
}

/// <summary>
/// Deletes raw scans and answers (tables <c>scans</c> and <c>surveys</c>) of whole Vietnam-local days that ended more
/// than <see cref="RetentionOptions.Days"/> ago, and only days the statistics have counted in full (the day ended at
/// or before the watermark), so the rollups and every published figure stay as they are.
/// <para>
/// Both tables' partition keys start with the day (<c>yyyyMMdd-sN</c>, <c>yyyyMMdd</c>), so "every day before D" is one
/// partition-key range, read keys only. It is incremental without any state of its own: deleted rows are gone, so a
/// run reads only what it deletes. Deletes go in table transactions of at most 100 rows of one partition.
/// <c>scanfailures</c> is kept: its rows are per-day counts per handler instance, hold nothing about a person, and
/// its all-time sum is a published figure.
/// </para>
/// </summary>
public sealed class RetentionJob(TableServiceClient tables, RetentionOptions options)
{
    private static readonly string[] KeyColumns = [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)];

    private readonly TableClient _scans = tables.GetTableClient(TableNames.Scans);
    private readonly TableClient _surveys = tables.GetTableClient(TableNames.Surveys);

    /// <summary>Deletes the raw events of every day before <see cref="FirstKeptDay"/>, up to the run's budget.</summary>
    /// <param name="countedThrough">The statistics' watermark (UTC ticks): events up to it are in the rollups.</param>
    /// <param name="now">The job's clock.</param>
    public async Task<RetentionReport> RunAsync(long countedThrough, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (FirstKeptDay(countedThrough, now) is not { } keptFrom)
        {
            return RetentionReport.Nothing;
        }

        var bound = keptFrom.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scans = await DeleteBeforeAsync(_scans, bound, options.MaxDeletesPerRun, cancellationToken);
        var answers = await DeleteBeforeAsync(_surveys, bound, options.MaxDeletesPerRun - scans, cancellationToken);
        return new RetentionReport(keptFrom, scans, answers);
    }

    /// <summary>
    /// The first day whose raw events are kept: every earlier day ended both <see cref="RetentionOptions.Days"/> days
    /// before <paramref name="now"/> and at or before the watermark. Null while nothing is counted.
    /// </summary>
    public DateOnly? FirstKeptDay(long countedThrough, DateTimeOffset now)
    {
        if (countedThrough <= 0)
        {
            return null;
        }

        var oldEnough = VietnamTime.Date(now - TimeSpan.FromDays(options.Days));
        var counted = VietnamTime.Date(new DateTimeOffset(countedThrough, TimeSpan.Zero));
        return oldEnough < counted ? oldEnough : counted;
    }

    private static async Task<long> DeleteBeforeAsync(TableClient table, string bound, long budget, CancellationToken cancellationToken)
    {
        long deleted = 0;
        if (budget <= 0)
        {
            return deleted;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {bound}");
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
