using System.Globalization;
using MotCua.Storage.Tables;
using MotCua.Domain.Stats;

namespace MotCua.Stats;

/// <summary>Between the domain's rollups and the rows of <c>statsdaily</c>.</summary>
internal static class RollupRows
{
    private const string OptionPrefix = "Option";

    /// <summary>The rows a window's rollups add to: each code's and counter's day, their totals and the day sums.</summary>
    public static List<RollupRow> FromDelta(RollupSet delta)
    {
        var rows = new Dictionary<(string, string), RollupRow>();
        RollupRow Row(string unit, string key) =>
            rows.TryGetValue((unit, key), out var row) ? row : rows[(unit, key)] = new RollupRow(unit, key);

        foreach (var d in delta.Codes)
        {
            CodeCounts(Row(d.Unit, StatsRowKeys.CodeDay(d.Date, d.Code)).Label("Date", Iso(d.Date)), d);
            CodeCounts(Row(d.Unit, StatsRowKeys.CodeTotal(d.Code)), d);
            Row(d.Unit, StatsRowKeys.DaySum(d.Date)).Label("Date", Iso(d.Date))
                .Count("Scans", d.Scans).Count("BotScans", d.BotScans)
                .Count("PortalClicks", d.PortalClicks).Count("BotPortalClicks", d.BotPortalClicks);
        }

        foreach (var d in delta.Counters)
        {
            CounterCounts(Row(d.Unit, StatsRowKeys.CounterDay(d.Date, d.Counter)).Label("Date", Iso(d.Date)), d);
            CounterCounts(Row(d.Unit, StatsRowKeys.CounterTotal(d.Counter)), d);
            Row(d.Unit, StatsRowKeys.DaySum(d.Date)).Label("Date", Iso(d.Date)).Count("Answers", d.Answers).Count("Misuse", d.Misuse);
        }

        return [.. rows.Values];
    }

    public static CodeDay ToCodeDay(TableEntity e) => new(e.PartitionKey, DateOf(e), e.GetString("Code") ?? "")
    {
        Kind = e.GetString("Kind") ?? "",
        Target = e.GetString("Target") ?? "",
        Placement = e.GetString("Placement") ?? "",
        Scans = Long(e, "Scans"),
        BotScans = Long(e, "BotScans"),
        PortalClicks = Long(e, "PortalClicks"),
        BotPortalClicks = Long(e, "BotPortalClicks"),
    };

    public static CounterDay ToCounterDay(TableEntity e)
    {
        var options = new long[SurveyOptions.Count];
        foreach (var key in e.Keys.Where(k => k.StartsWith(OptionPrefix, StringComparison.Ordinal)))
        {
            if (int.TryParse(key.AsSpan(OptionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < 100)
            {
                if (i >= options.Length)
                {
                    Array.Resize(ref options, i + 1);
                }

                options[i] = Long(e, key);
            }
        }

        return new CounterDay(e.PartitionKey, DateOf(e), e.GetString("Counter") ?? "") { Options = options, Misuse = Long(e, "Misuse") };
    }

    public static DayStats ToDayStats(TableEntity e) => new(DateOf(e), Long(e, "Scans"), Long(e, "PortalClicks"), Long(e, "Answers"));

    /// <summary>Whether a detail (<c>d|yyyyMMdd|c|…</c>) or total (<c>t|c|…</c>) row is a code's rather than a counter's.</summary>
    public static bool IsCode(TableEntity e) =>
        e.RowKey.StartsWith("t|c|", StringComparison.Ordinal)
        || (e.RowKey.StartsWith(StatsRowKeys.DetailStart, StringComparison.Ordinal) && string.CompareOrdinal(e.RowKey, 10, "|c|", 0, 3) == 0);

    public static long Long(TableEntity e, string name) => e.TryGetValue(name, out var value) ? value switch
    {
        long l => l,
        int i => i,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0,
    } : 0;

    private static void CodeCounts(RollupRow row, CodeDay d) =>
        row.Label("Code", d.Code).Label("Kind", d.Kind).Label("Target", d.Target).Label("Placement", d.Placement)
            .Count("Scans", d.Scans).Count("BotScans", d.BotScans)
            .Count("PortalClicks", d.PortalClicks).Count("BotPortalClicks", d.BotPortalClicks);

    private static void CounterCounts(RollupRow row, CounterDay d)
    {
        row.Label("Counter", d.Counter).Count("Misuse", d.Misuse);
        for (var i = 0; i < d.Options.Count; i++)
        {
            row.Count(OptionPrefix + i.ToString(CultureInfo.InvariantCulture), d.Options[i]);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly DateOf(TableEntity e) =>
        DateOnly.TryParseExact(e.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : default;
}
