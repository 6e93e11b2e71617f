using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data.Scans;
using MotCua.Data.Stats;
using MotCua.Data.Surveys;
using MotCua.Domain.Text;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Aggregation;

/// <summary>The events of one window, rolled up, and how many entities it took to read them.</summary>
internal sealed record WindowEvents(RollupSet Delta, long ScansRead, long AnswersRead);

/// <summary>
/// Reads the scans and answers of a window (after, through] of UTC ticks, touching only the partitions of the days in
/// it, so the cost follows the number of new events, not the history. Reading streams: each entity is added to a
/// rollup as it arrives and dropped, so memory follows the number of distinct codes and counters per day, never the
/// number of events.
/// </summary>
internal sealed class EventReader(TableClient scans, TableClient surveys)
{
    /// <summary>Partition queries in flight together: a day's shards.</summary>
    private const int ParallelQueries = ScanKeys.ShardCount;

    private static readonly string[] KeyColumns = [nameof(ScanEntity.PartitionKey)];

    private static readonly string[] ScanColumns =
    [
        nameof(ScanEntity.Event), nameof(ScanEntity.Code), nameof(ScanEntity.Kind), nameof(ScanEntity.Target),
        nameof(ScanEntity.Placement), nameof(ScanEntity.Unit), nameof(ScanEntity.LocalDate), nameof(ScanEntity.IsBot),
    ];

    private static readonly string[] SurveyColumns =
        [nameof(SurveyEntity.Counter), nameof(SurveyEntity.Unit), nameof(SurveyEntity.Option), nameof(SurveyEntity.LocalDate), nameof(SurveyEntity.Misuse)];

    /// <summary>
    /// Where a first window starts: just before the Vietnam-local day of the oldest scan or answer (both tables' keys
    /// start with the day, so the first entity in key order is in the oldest day), or null when there is none.
    /// </summary>
    public async Task<long?> FirstEventTicksAsync(CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        foreach (var table in new[] { scans, surveys })
        {
            await foreach (var e in table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1, select: KeyColumns, cancellationToken))
            {
                if (DayOfKey(e.PartitionKey) is { } day && day > DateOnly.MinValue)
                {
                    days.Add(day);
                }

                break;
            }
        }

        return days.Count == 0 ? null : Math.Max(0, VietnamTime.StartOfDay(days.Min()).UtcTicks - 1);
    }

    /// <summary>The events of (<paramref name="after"/>, <paramref name="through"/>]; from the oldest event when <paramref name="after"/> is 0.</summary>
    public async Task<WindowEvents> ReadAsync(long after, long through, CancellationToken cancellationToken)
    {
        if (after <= 0)
        {
            after = Math.Min(through, await FirstEventTicksAsync(cancellationToken) ?? through);
        }

        var delta = new RollupSet();
        var scansRead = await ReadAllAsync(scans, ScanFilters(after, through), ScanColumns, (ScanEntity e, RollupSet into) =>
        {
            if (ToScan(e) is { } scan)
            {
                into.Add(scan);
            }
        }, delta, cancellationToken);
        var answersRead = await ReadAllAsync(surveys, SurveyFilters(after, through), SurveyColumns, (SurveyEntity e, RollupSet into) =>
        {
            if (ToAnswer(e) is { } answer)
            {
                into.Add(answer);
            }
        }, delta, cancellationToken);
        return new WindowEvents(delta, scansRead, answersRead);
    }

    /// <summary>
    /// Reads every filter, <see cref="ParallelQueries"/> queries at a time (each waits mostly on storage), each into a
    /// rollup of its own that is merged into <paramref name="delta"/> when its query ends.
    /// </summary>
    private static async Task<long> ReadAllAsync<T>(TableClient table, IReadOnlyList<string> filters, string[] columns, Action<T, RollupSet> add, RollupSet delta, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        long total = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelQueries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(filters, parallel, async (filter, token) =>
        {
            var part = new RollupSet();
            long read = 0;
            await foreach (var e in table.QueryAsync<T>(filter, TableLimits.PageSize, columns, token))
            {
                read++;
                add(e, part);
            }

            lock (delta)
            {
                total += read;
                delta.Add(part);
            }
        });
        return total;
    }

    /// <summary>Scans by the UTC ticks that start their row key: per day of the window, per shard, a row-key range.</summary>
    private static List<string> ScanFilters(long after, long through) =>
        Days(after + 1, through).SelectMany(ScanKeys.PartitionKeysOf).Select(partition => ScanEntity.WindowFilter(partition, after, through)).ToList();

    /// <summary>
    /// Answers by the hour the function received them (<c>LocalHour</c>, Vietnam time, so text order is time order;
    /// the same clock as the scans' row keys, never the storage server's). An hour is counted by the window its end
    /// falls in: the whole hours [floor(after), floor(through)). Each day's partitions (every unit's) are one key range.
    /// </summary>
    private static List<string> SurveyFilters(long after, long through)
    {
        var fromHour = VietnamTime.FloorHour(new DateTimeOffset(after, TimeSpan.Zero));
        var toHour = VietnamTime.FloorHour(new DateTimeOffset(through, TimeSpan.Zero));
        var from = VietnamTime.HourPrefix(fromHour);
        var to = VietnamTime.HourPrefix(toHour);
        var afterText = VietnamTime.Format(new DateTimeOffset(after, TimeSpan.Zero));
        var throughText = VietnamTime.Format(new DateTimeOffset(through, TimeSpan.Zero));
        return Days(Math.Min(fromHour.UtcTicks, after + 1), through)
            .Select(day => SurveyEntity.ReceivedFilter(StatsRowKeys.Day(day), from, to, afterText, throughText)).ToList();
    }

    private static List<DateOnly> Days(long first, long last)
    {
        var days = new List<DateOnly>();
        if (first > last)
        {
            return days;
        }

        var end = VietnamTime.Date(new DateTimeOffset(last, TimeSpan.Zero));
        for (var day = VietnamTime.Date(new DateTimeOffset(first, TimeSpan.Zero)); day <= end; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    private static ScanFact? ToScan(ScanEntity e)
    {
        if (string.IsNullOrEmpty(e.Unit) || string.IsNullOrEmpty(e.Code) || LocalDate(e.LocalDate, e.PartitionKey) is not { } date)
        {
            return null;
        }

        return new ScanFact(e.Unit, date, e.Code, e.Kind ?? "", e.Target ?? "", e.Placement ?? "",
            string.Equals(e.Event, "portal", StringComparison.Ordinal), e.IsBot);
    }

    private static AnswerFact? ToAnswer(SurveyEntity e)
    {
        if (string.IsNullOrEmpty(e.Unit) || string.IsNullOrEmpty(e.Counter) || LocalDate(e.LocalDate, e.PartitionKey) is not { } date)
        {
            return null;
        }

        return new AnswerFact(e.Unit, date, e.Counter, e.Option ?? -1, e.Misuse);
    }

    /// <summary>The <c>LocalDate</c> column, or the day that starts the partition key.</summary>
    private static DateOnly? LocalDate(string? localDate, string partitionKey) =>
        DateOnly.TryParseExact(localDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DayOfKey(partitionKey);

    private static DateOnly? DayOfKey(string partitionKey) =>
        partitionKey.Length >= 8
        && DateOnly.TryParseExact(partitionKey.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
}
