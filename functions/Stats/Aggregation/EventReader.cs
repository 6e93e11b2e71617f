using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data.Scans;
using MotCua.Data.Stats;
using MotCua.Data.Surveys;
using MotCua.Domain.Text;
using MotCua.Domain.Scans;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Aggregation;

/// <summary>The events of one window, rolled up, and how many entities it took to read them.</summary>
internal sealed record WindowEvents(RollupSet Delta, long ScansRead, long AnswersRead);

/// <summary>
/// Reads the scans and answers of a window (after, through] of UTC ticks, touching only the
/// partitions of the days in it, so the cost follows the number of new events, not the history.
/// </summary>
internal sealed class EventReader(TableClient scans, TableClient surveys, StatsOptions options)
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

    public async Task<WindowEvents> ReadAsync(long after, long through, CancellationToken cancellationToken)
    {
        var delta = new RollupSet();
        var scansRead = await ReadScansAsync(await ScanFiltersAsync(after, through, cancellationToken), delta, cancellationToken);
        long answersRead = 0;
        foreach (var filter in SurveyFilters(after, through))
        {
            await foreach (var e in surveys.QueryAsync<SurveyEntity>(filter, TableLimits.PageSize, SurveyColumns, cancellationToken))
            {
                answersRead++;
                if (ToAnswer(e) is { } answer)
                {
                    delta.Add(answer);
                }
            }
        }

        return new WindowEvents(delta, scansRead, answersRead);
    }

    /// <summary>
    /// Reads the scans of every filter, <see cref="ParallelQueries"/> queries at a time: each waits mostly on storage,
    /// so partitions read side by side finish in a fraction of the time one after the other would take.
    /// </summary>
    private async Task<long> ReadScansAsync(IReadOnlyList<string> filters, RollupSet delta, CancellationToken cancellationToken)
    {
        long scansRead = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelQueries, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(filters, parallel, async (filter, token) =>
        {
            var events = new List<ScanFact>();
            long read = 0;
            await foreach (var e in scans.QueryAsync<ScanEntity>(filter, TableLimits.PageSize, ScanColumns, token))
            {
                read++;
                if (ToScan(e) is { } scan)
                {
                    events.Add(scan);
                }
            }

            // The rollup is not thread-safe; adding a partition's events is quick next to reading them.
            lock (delta)
            {
                scansRead += read;
                events.ForEach(delta.Add);
            }
        });
        return scansRead;
    }

    /// <summary>
    /// Scans by the UTC ticks that start their row key: per day, per shard, a row-key range. A first run starts
    /// from the day of the oldest scan. Past <see cref="StatsOptions.MaxDaysByPartition"/> days a single ranged
    /// query over the whole table is used instead.
    /// </summary>
    private async Task<IReadOnlyList<string>> ScanFiltersAsync(long after, long through, CancellationToken cancellationToken)
    {
        var first = after == 0 ? await OldestScanTicksAsync(cancellationToken) : after + 1;
        if (first is not { } start || start > through)
        {
            return [];
        }

        var days = Days(start, through);
        if (days.Count > options.MaxDaysByPartition)
        {
            return [ScanEntity.WindowFilter(null, after, through)];
        }

        return days.SelectMany(ScanKeys.PartitionKeysOf).Select(partition => ScanEntity.WindowFilter(partition, after, through)).ToList();
    }

    /// <summary>
    /// The instant of the oldest scan, or null when there is none: the first entity in key order is in the oldest
    /// day's partition (keys start <c>yyyyMMdd</c>), and the partition's day starts no later than its scans.
    /// </summary>
    private async Task<long?> OldestScanTicksAsync(CancellationToken cancellationToken)
    {
        await foreach (var e in scans.QueryAsync<ScanEntity>(filter: (string?)null, maxPerPage: 1, select: KeyColumns, cancellationToken))
        {
            return e.PartitionKey.Length >= 8
                && DateOnly.TryParseExact(e.PartitionKey.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? VietnamTime.StartOfDay(day).UtcTicks
                : 1; // not our key shape: read by the whole-table query from the beginning
        }

        return null;
    }

    /// <summary>
    /// Answers by the time the function received them (<c>LocalTime</c>, Vietnam time to the second, fixed width, so
    /// text order is time order), in the day partitions that hold them: the same clock as the scans' row keys, so a
    /// window never depends on the storage server's clock. Whole seconds split cleanly: each falls in one window.
    /// </summary>
    private IEnumerable<string> SurveyFilters(long after, long through)
    {
        var from = VietnamTime.Format(new DateTimeOffset(after, TimeSpan.Zero));
        var to = VietnamTime.Format(new DateTimeOffset(through, TimeSpan.Zero));
        var days = after == 0 ? [] : Days(after + 1, through);
        if (after == 0 || days.Count > options.MaxDaysByPartition)
        {
            yield return SurveyEntity.ReceivedFilter(null, from, to);
            yield break;
        }

        foreach (var day in days)
        {
            yield return SurveyEntity.ReceivedFilter(StatsRowKeys.Day(day), from, to);
        }
    }

    private static List<DateOnly> Days(long first, long last)
    {
        var start = VietnamTime.Date(new DateTimeOffset(first, TimeSpan.Zero));
        var end = VietnamTime.Date(new DateTimeOffset(last, TimeSpan.Zero));
        var days = new List<DateOnly>();
        for (var day = start; day <= end; day = day.AddDays(1))
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
    private static DateOnly? LocalDate(string? localDate, string partitionKey)
    {
        if (DateOnly.TryParseExact(localDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return partitionKey.Length >= 8
            && DateOnly.TryParseExact(partitionKey.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date : null;
    }
}
