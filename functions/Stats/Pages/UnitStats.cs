using System.Text.Json.Serialization;
using MotCua.Domain.Codes;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>All-time totals of one unit. Citizen figures leave bots and misuse out; those are counted apart.</summary>
public sealed record StatsTotals(
    long Scans,
    long BotScans,
    long PortalClicks,
    long BotPortalClicks,
    long SurveyAnswers,
    long SurveyMisuse,
    long ScanWriteFailures);

/// <summary>All-time figures of one short code.</summary>
public sealed record CodeStats(string Code, string Kind, string Target, string Placement, long Scans, long BotScans, long PortalClicks)
{
    /// <summary>The target's Vietnamese name from the registry (procedure title, field or counter name), when known.</summary>
    /// <remarks>Shown on the page only: <c>stats.json</c> keeps its published keys.</remarks>
    [JsonIgnore]
    public string? Name { get; init; }
}

/// <summary>All-time survey figures of one counter: citizen answers per option index, misuse apart.</summary>
public sealed record CounterStats(string Code, long Answers, long Misuse, IReadOnlyList<long> Options);

/// <summary>Citizen figures of one Vietnam-local day.</summary>
/// <remarks><c>stats.json</c> writes <c>portal_clicks</c> last: the key order is published.</remarks>
public sealed record DayStats(DateOnly Date, long Scans, [property: JsonPropertyOrder(1)] long PortalClicks, long Answers);

/// <summary>
/// What a unit's statistics publish: all-time totals, per code, per counter and per day.
/// Built once, then rendered as HTML and JSON; the CSV carries the daily rollups themselves.
/// </summary>
public sealed record UnitStats(
    string Unit,
    DateTimeOffset GeneratedAt,
    StatsTotals Totals,
    IReadOnlyList<CodeStats> Codes,
    IReadOnlyList<CounterStats> Counters,
    IReadOnlyList<DayStats> Days)
{
    /// <summary>The office's name from the registry (e.g. "Bộ phận Một cửa UBND phường Quán Thánh"), else its slug.</summary>
    public string UnitName { get; init; } = Unit;

    /// <summary>The offices merged into this one (empty for any other unit): their old codes make the reprint list.</summary>
    public IReadOnlyList<(string Unit, DateOnly From)> MergedUnits { get; init; } = [];

    /// <summary>Old codes of <see cref="MergedUnits"/> still scanned after the merger: the posters to reprint first.</summary>
    public IReadOnlyList<ReprintStats> Reprints { get; init; } = [];

    /// <summary>The licence the office publishes its statistics under (<c>license</c> in its unit.yaml).</summary>
    public Domain.OpenData.OpenLicense License { get; init; } = Domain.OpenData.OpenLicense.Default;

    /// <summary>Slip answers per ended month ("đánh giá có phiếu"), with the slips handed out.</summary>
    public IReadOnlyList<SlipMonthStats> SlipMonths { get; init; } = [];

    /// <summary>Open counter answers per ended month ("đánh giá tự do"), apart from the slips.</summary>
    public IReadOnlyList<OpenMonthStats> OpenMonths { get; init; } = [];

    /// <summary>Sums a unit's daily rollups (all of them) into its published figures.</summary>
    public static UnitStats Build(
        string unit,
        RollupSet rollups,
        IReadOnlyList<CodeEntry> registry,
        long scanWriteFailures,
        DateTimeOffset generatedAt)
    {
        var codeDays = rollups.Codes.Where(d => d.Unit == unit).ToList();
        var counterDays = rollups.Counters.Where(d => d.Unit == unit).ToList();
        var codeTotals = codeDays.GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => g.OrderBy(d => d.Date).Aggregate((a, b) => a.Plus(b)) with { Date = default });
        var counterTotals = counterDays.GroupBy(d => d.Counter, StringComparer.Ordinal)
            .Select(g => g.Aggregate((a, b) => a.Plus(b)) with { Date = default });
        return FromTotals(unit, codeTotals, counterTotals, SumDays(codeDays, counterDays), registry, scanWriteFailures, generatedAt);
    }

    /// <summary>
    /// Builds the published figures from all-time totals kept per code and per counter (their
    /// <c>Date</c> unused) and from per-day totals. Codes in the registry appear even when never
    /// scanned (a board nobody reads is worth knowing), and the registry's kind, target and placement win.
    /// </summary>
    public static UnitStats FromTotals(
        string unit,
        IEnumerable<CodeDay> codeTotals,
        IEnumerable<CounterDay> counterTotals,
        IEnumerable<DayStats> days,
        IReadOnlyList<CodeEntry> registry,
        long scanWriteFailures,
        DateTimeOffset generatedAt)
    {
        var codes = codeTotals.Where(d => d.Unit == unit).ToList();
        var counters = counterTotals.Where(d => d.Unit == unit).ToList();
        var totals = new StatsTotals(
            codes.Sum(d => d.Scans),
            codes.Sum(d => d.BotScans),
            codes.Sum(d => d.PortalClicks),
            codes.Sum(d => d.BotPortalClicks),
            counters.Sum(d => d.Answers),
            counters.Sum(d => d.Misuse),
            scanWriteFailures);

        return new UnitStats(
            unit,
            generatedAt,
            totals,
            ListCodes(unit, codes, registry),
            counters.Select(d => new CounterStats(d.Counter, d.Answers, d.Misuse, OptionCounts.Add(d.Options, new long[OptionCounts.Count])))
                .OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            days.OrderBy(d => d.Date).ToList())
        {
            UnitName = registry.FirstOrDefault(e => e.Unit == unit && e.UnitName is not null)?.UnitName ?? unit,
        };
    }

    public static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Procedure => "procedure",
        CodeKind.Board => "board",
        _ => "counter",
    };

    /// <summary>Per-day citizen totals of daily rollups.</summary>
    public static List<DayStats> SumDays(IEnumerable<CodeDay> codeDays, IEnumerable<CounterDay> counterDays)
    {
        var days = new SortedDictionary<DateOnly, DayStats>();
        foreach (var d in codeDays)
        {
            var known = days.GetValueOrDefault(d.Date) ?? new DayStats(d.Date, 0, 0, 0);
            days[d.Date] = known with { Scans = known.Scans + d.Scans, PortalClicks = known.PortalClicks + d.PortalClicks };
        }

        foreach (var d in counterDays)
        {
            var known = days.GetValueOrDefault(d.Date) ?? new DayStats(d.Date, 0, 0, 0);
            days[d.Date] = known with { Answers = known.Answers + d.Answers };
        }

        return [.. days.Values];
    }

    private static List<CodeStats> ListCodes(string unit, List<CodeDay> totals, IReadOnlyList<CodeEntry> registry)
    {
        var byCode = totals.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var names = registry.Where(e => e.Unit == unit && e.Name is not null).ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);
        foreach (var entry in registry.Where(e => e.Unit == unit))
        {
            var current = new CodeDay(unit, default, entry.Code) { Kind = KindName(entry.Kind), Target = entry.Target, Placement = entry.Placement };
            byCode[entry.Code] = byCode.TryGetValue(entry.Code, out var known) ? known.Plus(current) : current;
        }

        return byCode.Values
            .Select(d => new CodeStats(d.Code, d.Kind, d.Target, d.Placement, d.Scans, d.BotScans, d.PortalClicks) { Name = names.GetValueOrDefault(d.Code) })
            .OrderByDescending(c => c.Scans).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
    }
}
