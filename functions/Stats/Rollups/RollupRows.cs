using System.Globalization;
using Azure.Data.Tables;
using MotCua.Data.Stats;

namespace MotCua.Stats.Rollups;

/// <summary>Between the rollups and the rows of <c>statsdaily</c>.</summary>
internal static class RollupRows
{
    /// <summary>The rows a window's rollups add to: each code's and counter's day, their totals and the day sums.</summary>
    public static List<RollupRow> FromDelta(RollupSet delta)
    {
        var rows = new Dictionary<(string, string), RollupRow>();
        RollupRow Row(string unit, string key) =>
            rows.TryGetValue((unit, key), out var row) ? row : rows[(unit, key)] = new RollupRow(unit, key);

        foreach (var d in delta.Codes)
        {
            CodeCounts(Row(d.Unit, StatsRowKeys.CodeDay(d.Date, d.Code)).Label(DailyColumns.Date, Iso(d.Date)), d);
            CodeCounts(Row(d.Unit, StatsRowKeys.CodeTotal(d.Code)), d);
            Row(d.Unit, StatsRowKeys.DaySum(d.Date)).Label(DailyColumns.Date, Iso(d.Date))
                .Count(DailyColumns.Scans, d.Scans).Count(DailyColumns.BotScans, d.BotScans)
                .Count(DailyColumns.PortalClicks, d.PortalClicks).Count(DailyColumns.BotPortalClicks, d.BotPortalClicks);
        }

        foreach (var d in delta.Counters)
        {
            CounterCounts(Row(d.Unit, StatsRowKeys.CounterDay(d.Date, d.Counter)).Label(DailyColumns.Date, Iso(d.Date)), d);
            CounterCounts(Row(d.Unit, StatsRowKeys.CounterTotal(d.Counter)), d);
            CounterCounts(Row(d.Unit, StatsRowKeys.CounterCell(d.Date, d.Counter)).Label(DailyColumns.Date, Iso(d.Date)), d);
            Row(d.Unit, StatsRowKeys.DaySum(d.Date)).Label(DailyColumns.Date, Iso(d.Date)).Count(DailyColumns.Answers, d.Answers).Count(DailyColumns.Misuse, d.Misuse);
        }

        foreach (var m in delta.SlipMonths)
        {
            var row = Row(m.Unit, StatsRowKeys.SlipMonth(m.Month)).Label(DailyColumns.Month, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            for (var i = 0; i < m.Options.Count; i++)
            {
                row.Count(DailyColumns.Option(i), m.Options[i]);
            }

            foreach (var (reason, count) in m.Reasons)
            {
                row.Count(DailyColumns.Reason(reason), count);
            }
        }

        return [.. rows.Values];
    }

    /// <summary>A <c>p|yyyyMM</c> row as the month of slip answers it counts.</summary>
    public static SlipMonth ToSlipMonth(TableEntity e)
    {
        var month = DateOnly.TryParseExact(e.GetString(DailyColumns.Month) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : default;
        var reasons = Domain.Slips.SlipChoices.Reasons.ToDictionary(r => r.Key, r => Long(e, DailyColumns.Reason(r.Key)), StringComparer.Ordinal);
        return new SlipMonth(e.PartitionKey, month) { Options = ToCounterDay(e).Options, Reasons = reasons };
    }

    public static CodeDay ToCodeDay(TableEntity e) => new(e.PartitionKey, DateOf(e), e.GetString(DailyColumns.Code) ?? "")
    {
        Kind = e.GetString(DailyColumns.Kind) ?? "",
        Target = e.GetString(DailyColumns.Target) ?? "",
        Placement = e.GetString(DailyColumns.Placement) ?? "",
        Scans = Long(e, DailyColumns.Scans),
        BotScans = Long(e, DailyColumns.BotScans),
        PortalClicks = Long(e, DailyColumns.PortalClicks),
        BotPortalClicks = Long(e, DailyColumns.BotPortalClicks),
    };

    public static CounterDay ToCounterDay(TableEntity e)
    {
        var options = new long[OptionCounts.Count];
        foreach (var key in e.Keys.Where(k => k.StartsWith(DailyColumns.OptionPrefix, StringComparison.Ordinal)))
        {
            if (int.TryParse(key.AsSpan(DailyColumns.OptionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < 100)
            {
                if (i >= options.Length)
                {
                    Array.Resize(ref options, i + 1);
                }

                options[i] = Long(e, key);
            }
        }

        return new CounterDay(e.PartitionKey, DateOf(e), e.GetString(DailyColumns.Counter) ?? "") { Options = options, Misuse = Long(e, DailyColumns.Misuse) };
    }

    /// <summary>Whether a detail (<c>d|yyyyMMdd|c|…</c>) or total (<c>t|c|…</c>) row is a code's rather than a counter's.</summary>
    public static bool IsCode(TableEntity e) => StatsRowKeys.IsCodeKey(e.RowKey);

    public static long Long(TableEntity e, string name) => e.TryGetValue(name, out var value) ? value switch
    {
        long l => l,
        int i => i,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0,
    } : 0;

    private static void CodeCounts(RollupRow row, CodeDay d) =>
        row.Label(DailyColumns.Code, d.Code).Label(DailyColumns.Kind, d.Kind).Label(DailyColumns.Target, d.Target).Label(DailyColumns.Placement, d.Placement)
            .Count(DailyColumns.Scans, d.Scans).Count(DailyColumns.BotScans, d.BotScans)
            .Count(DailyColumns.PortalClicks, d.PortalClicks).Count(DailyColumns.BotPortalClicks, d.BotPortalClicks);

    private static void CounterCounts(RollupRow row, CounterDay d)
    {
        row.Label(DailyColumns.Counter, d.Counter).Count(DailyColumns.Misuse, d.Misuse);
        for (var i = 0; i < d.Options.Count; i++)
        {
            row.Count(DailyColumns.Option(i), d.Options[i]);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The row's Vietnam-local day (its <c>Date</c> column); none on a total row.</summary>
    public static DateOnly DateOf(TableEntity e) =>
        DateOnly.TryParseExact(e.GetString(DailyColumns.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : default;
}
