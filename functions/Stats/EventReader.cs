using System.Globalization;
using MotCua.Storage.Tables;
using MotCua.Domain.Stats;
using MotCua.Domain.Text;

namespace MotCua.Stats;

/// <summary>The events of one window, rolled up, and how many entities it took to read them.</summary>
internal sealed record WindowEvents(RollupSet Delta, long ScansRead, long AnswersRead);

/// <summary>
/// Reads the scans and answers of a window (after, through] of UTC ticks, touching only the
/// partitions of the days in it, so the cost follows the number of new events, not the history.
/// </summary>
internal sealed class EventReader(TableClient scans, TableClient surveys, StatsOptions options)
{
    private static readonly string[] ScanColumns = ["Event", "Code", "Kind", "Target", "Placement", "Unit", "LocalDate", "IsBot"];
    private static readonly string[] SurveyColumns = ["Counter", "Unit", "Option", "LocalDate", "Misuse"];

    public async Task<WindowEvents> ReadAsync(long after, long through, CancellationToken cancellationToken)
    {
        var delta = new RollupSet();
        long scansRead = 0, answersRead = 0;
        foreach (var filter in ScanFilters(after, through))
        {
            await foreach (var e in scans.QueryAsync<TableEntity>(filter, 1000, ScanColumns, cancellationToken))
            {
                scansRead++;
                if (ToScan(e) is { } scan)
                {
                    delta.Add(scan);
                }
            }
        }

        foreach (var filter in SurveyFilters(after, through))
        {
            await foreach (var e in surveys.QueryAsync<TableEntity>(filter, 1000, SurveyColumns, cancellationToken))
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
    /// Scans by the UTC ticks that start their row key: per day, per shard, a row-key range. The
    /// first run (or one after a long pause) uses a single ranged query over the whole table instead.
    /// </summary>
    private IEnumerable<string> ScanFilters(long after, long through)
    {
        var from = (after + 1).ToString("D19", CultureInfo.InvariantCulture);
        var to = (through + 1).ToString("D19", CultureInfo.InvariantCulture);
        var days = after == 0 ? [] : Days(after + 1, through);
        if (after == 0 || days.Count > options.MaxDaysByPartition)
        {
            yield return TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}");
            yield break;
        }

        foreach (var day in days)
        {
            for (var shard = 0; shard < StatsTables.ScanShards; shard++)
            {
                var partition = $"{StatsRowKeys.Day(day)}-s{shard.ToString(CultureInfo.InvariantCulture)}";
                yield return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
            }
        }
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
            yield return TableClient.CreateQueryFilter($"LocalTime gt {from} and LocalTime le {to}");
            yield break;
        }

        foreach (var day in days)
        {
            var partition = StatsRowKeys.Day(day);
            yield return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and LocalTime gt {from} and LocalTime le {to}");
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

    private static ScanEvent? ToScan(TableEntity e)
    {
        var unit = e.GetString("Unit");
        var code = e.GetString("Code");
        if (string.IsNullOrEmpty(unit) || string.IsNullOrEmpty(code) || LocalDate(e) is not { } date)
        {
            return null;
        }

        return new ScanEvent(unit, date, code, e.GetString("Kind") ?? "", e.GetString("Target") ?? "", e.GetString("Placement") ?? "",
            string.Equals(e.GetString("Event"), "portal", StringComparison.Ordinal), e.GetBoolean("IsBot") ?? false);
    }

    private static SurveyAnswer? ToAnswer(TableEntity e)
    {
        var unit = e.GetString("Unit");
        var counter = e.GetString("Counter");
        if (string.IsNullOrEmpty(unit) || string.IsNullOrEmpty(counter) || LocalDate(e) is not { } date)
        {
            return null;
        }

        return new SurveyAnswer(unit, date, counter, e.GetInt32("Option") ?? -1, e.GetBoolean("Misuse") ?? false);
    }

    /// <summary>The <c>LocalDate</c> property, or the day that starts the partition key.</summary>
    private static DateOnly? LocalDate(TableEntity e)
    {
        if (DateOnly.TryParseExact(e.GetString("LocalDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return e.PartitionKey.Length >= 8
            && DateOnly.TryParseExact(e.PartitionKey.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date : null;
    }
}
